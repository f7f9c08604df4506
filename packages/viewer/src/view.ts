import { maxOf, minOf } from '@veranderlogica/core';
/** A rectangle in the picture's own units (CSS pixels at 100 %). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The cards and connections to keep in full; the rest fades. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface PictureViewOptions {
  /** A card was clicked (not dragged): its id and kind, as the picture's `data-id` and `data-kind` say. */
  readonly onCardClick?: (id: string, kind: string) => void;
  /** The view moved or zoomed. */
  readonly onChange?: (scale: number) => void;
  /** The largest zoom. Default 4. */
  readonly maxScale?: number;
  /** The smallest zoom. Default 0.05. */
  readonly minScale?: number;
}

export interface FitOptions {
  /** Never smaller than this (e.g. 1: card titles at their full 14 px), even when the part then does not fit. */
  readonly minScale?: number;
  /** Never larger than this. Default 2. */
  readonly maxScale?: number;
  /** Room around the part, in screen pixels. Default 24. */
  readonly padding?: number;
  /** Glide to the new view. Default true. */
  readonly animate?: boolean;
}

const STYLE = `
.vl-picture-view { position: relative; overflow: hidden; touch-action: none; cursor: grab; outline: none; }
.vl-picture-view:focus-visible { box-shadow: inset 0 0 0 3px #2563eb; }
.vl-picture-view--dragging { cursor: grabbing; }
.vl-picture-view__stage { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
.vl-picture-view__stage--animate { transition: transform 0.35s ease; }
.vl-picture-view__stage svg { display: block; }
.vl-picture-view [data-faded] { opacity: 0.15; transition: opacity 0.25s; }
.vl-picture-view g[data-kind='goal'] { cursor: pointer; }
`;

/**
 * Shows a picture of `renderSvg` (inline, so its text stays text) in a
 * container, with pan (drag, wheel), zoom (Ctrl + wheel, pinch, + and −),
 * fitting to the whole picture or to some of its cards, and fading all but
 * a highlighted part. No framework: the editor's presentation and the
 * `<veranderlogica-viewer>` element both use it.
 *
 * @example
 * const view = new PictureView(element, { onCardClick: (id, kind) => console.log(id, kind) });
 * view.show(svg);
 * view.fit(['goal-1', 'intervention-3'], { minScale: 1 });
 */
export class PictureView {
  readonly element: HTMLDivElement;
  private readonly stage: HTMLDivElement;
  private readonly options: PictureViewOptions;
  private svg: SVGSVGElement | undefined;
  private x = 0;
  private y = 0;
  private zoom = 1;
  private readonly abort = new AbortController();

  constructor(container: HTMLElement, options: PictureViewOptions = {}) {
    this.options = options;
    const document = container.ownerDocument;
    this.element = document.createElement('div');
    this.element.className = 'vl-picture-view';
    this.element.tabIndex = 0;
    this.element.style.width = '100%';
    this.element.style.height = '100%';
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.stage = document.createElement('div');
    this.stage.className = 'vl-picture-view__stage';
    this.element.append(style, this.stage);
    container.append(this.element);
    this.listen();
  }

  /** The current zoom: 1 shows the picture at its own size (card titles 14 px). */
  get scale(): number {
    return this.zoom;
  }

  /** Shows a picture (an SVG document as `renderSvg` makes it) and fits it. */
  show(svg: string): void {
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    if (parsed.nodeName !== 'svg') throw new Error('Not an SVG picture');
    // The renderer writes no scripts or handlers; a picture from elsewhere loses them here.
    for (const script of parsed.querySelectorAll('script, foreignObject')) script.remove();
    for (const element of parsed.querySelectorAll('*'))
      for (const attribute of [...element.attributes]) if (attribute.name.startsWith('on')) element.removeAttribute(attribute.name);
    const node = this.element.ownerDocument.importNode(parsed, true) as unknown as SVGSVGElement;
    this.stage.replaceChildren(node);
    this.svg = node;
    this.fit(undefined, { animate: false });
  }

  /** The box of a card in the picture's units, or `undefined` when the picture has no such card. */
  cardBox(id: string): Box | undefined {
    const card = [...(this.svg?.querySelectorAll('g[data-id]') ?? [])].find((g) => g.getAttribute('data-id') === id);
    const rect = card?.querySelector('rect');
    if (!rect) return undefined;
    const read = (name: string) => Number(rect.getAttribute(name) ?? 0);
    return { x: read('x'), y: read('y'), width: read('width'), height: read('height') };
  }

  /** The ids of the cards in the picture. */
  cardIds(): string[] {
    return [...(this.svg?.querySelectorAll('g[data-id]') ?? [])].map((g) => g.getAttribute('data-id')!);
  }

  /** Fits the given cards (all of the picture without ids) into the view, centred. */
  fit(ids?: Iterable<string>, options: FitOptions = {}): void {
    if (!this.svg) return;
    const boxes = ids ? [...ids].flatMap((id) => this.cardBox(id) ?? []) : [];
    const box = boxes.length > 0 ? union(boxes) : this.pictureBox();
    const padding = options.padding ?? 24;
    const width = Math.max(1, this.element.clientWidth - 2 * padding);
    const height = Math.max(1, this.element.clientHeight - 2 * padding);
    const fitted = Math.min(width / Math.max(1, box.width), height / Math.max(1, box.height));
    const scale = clamp(fitted, Math.max(options.minScale ?? 0, this.options.minScale ?? 0.05), options.maxScale ?? 2);
    this.set(
      (this.element.clientWidth - box.width * scale) / 2 - box.x * scale,
      (this.element.clientHeight - box.height * scale) / 2 - box.y * scale,
      scale,
      options.animate ?? true,
    );
  }

  /** Zooms by a factor around a point of the view (its centre by default). */
  zoomBy(factor: number, around?: { x: number; y: number }): void {
    const point = around ?? { x: this.element.clientWidth / 2, y: this.element.clientHeight / 2 };
    const scale = clamp(this.zoom * factor, this.options.minScale ?? 0.05, this.options.maxScale ?? 4);
    const ratio = scale / this.zoom;
    this.set(point.x - (point.x - this.x) * ratio, point.y - (point.y - this.y) * ratio, scale, false);
  }

  /** Moves the picture by screen pixels. */
  panBy(dx: number, dy: number): void {
    this.set(this.x + dx, this.y + dy, this.zoom, false);
  }

  /** Keeps the part in full and fades every other card and connection; `undefined` shows all in full. */
  highlight(part: Highlight | undefined): void {
    for (const element of this.svg?.querySelectorAll('g[data-id], polyline[data-id]') ?? []) {
      const id = element.getAttribute('data-id')!;
      const kept = !part || (element.tagName.toLowerCase() === 'g' ? part.nodes.has(id) : part.edges.has(id));
      element.toggleAttribute('data-faded', !kept);
    }
  }

  /** Removes the view and its listeners. */
  destroy(): void {
    this.abort.abort();
    this.element.remove();
  }

  private pictureBox(): Box {
    const read = (name: string) => Number(this.svg?.getAttribute(name) ?? 0);
    return { x: 0, y: 0, width: read('width'), height: read('height') };
  }

  private set(x: number, y: number, scale: number, animate: boolean): void {
    this.x = x;
    this.y = y;
    this.zoom = scale;
    this.stage.classList.toggle('vl-picture-view__stage--animate', animate);
    this.stage.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    this.options.onChange?.(scale);
  }

  private listen(): void {
    const { signal } = this.abort;
    const element = this.element;
    let drag: { x: number; y: number; moved: boolean; id: number } | undefined;
    element.addEventListener(
      'pointerdown',
      (event) => {
        if (event.button !== 0) return;
        drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
      },
      { signal },
    );
    element.addEventListener(
      'pointermove',
      (event) => {
        if (!drag || event.pointerId !== drag.id) return;
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) < 4) return;
        if (!drag.moved) {
          drag.moved = true;
          element.setPointerCapture(event.pointerId);
          element.classList.add('vl-picture-view--dragging');
        }
        drag.x = event.clientX;
        drag.y = event.clientY;
        this.panBy(dx, dy);
      },
      { signal },
    );
    const end = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.id) return;
      const clicked = !drag.moved;
      drag = undefined;
      element.classList.remove('vl-picture-view--dragging');
      if (!clicked || event.type === 'pointercancel') return;
      const card = (event.target as Element | null)?.closest?.('g[data-id]');
      if (card && this.stage.contains(card))
        this.options.onCardClick?.(card.getAttribute('data-id')!, card.getAttribute('data-kind') ?? '');
    };
    element.addEventListener('pointerup', end, { signal });
    element.addEventListener('pointercancel', end, { signal });
    element.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const bounds = element.getBoundingClientRect();
        if (event.ctrlKey || event.metaKey)
          this.zoomBy(Math.exp(-event.deltaY * 0.002), { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
        else this.panBy(-event.deltaX, -event.deltaY);
      },
      { signal, passive: false },
    );
    element.addEventListener(
      'keydown',
      (event) => {
        if (event.key === '+' || event.key === '=') this.zoomBy(1.25);
        else if (event.key === '-' || event.key === '_') this.zoomBy(0.8);
        else if (event.key === '0') this.fit();
        else return;
        event.preventDefault();
      },
      { signal },
    );
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function union(boxes: readonly Box[]): Box {
  const x = minOf(boxes, (box) => box.x);
  const y = minOf(boxes, (box) => box.y);
  const right = maxOf(boxes, (box) => box.x + box.width);
  const bottom = maxOf(boxes, (box) => box.y + box.height);
  return { x, y, width: right - x, height: bottom - y };
}

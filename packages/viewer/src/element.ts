import {
  type Document,
  focusedPart,
  formatMessage,
  formatParseError,
  isLanguage,
  type Language,
  LANGUAGES,
  parseDocument,
} from '@veranderlogica/core';
import { drawDocument, fontFaceCss, isPlaced, placedLayout, renderSvg, type ElkLike } from '@veranderlogica/layout';
import { PictureView } from './view.js';
import { VIEWER_TEXT as TEXT } from './messages.js';

const say = (key: keyof typeof TEXT, language: Language, params: Record<string, string> = {}) =>
  formatMessage(TEXT[key][language], params, language);

const STYLE = `
:host { display: block; position: relative; min-height: 320px; height: 480px; border: 1px solid #d1d5db; border-radius: 8px; overflow: hidden; background: #fff; font: 14px/1.4 system-ui, sans-serif; color: #111827; }
.bar { position: absolute; z-index: 1; left: 8px; right: 8px; top: 8px; display: flex; gap: 6px; align-items: center; pointer-events: none; }
.bar > * { pointer-events: auto; }
.status { flex: 1; background: rgb(255 255 255 / 0.92); padding: 4px 8px; border-radius: 6px; }
button { font: inherit; min-width: 32px; min-height: 32px; border: 1px solid #9ca3af; border-radius: 6px; background: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #2563eb; }
.problem { padding: 16px; color: #991b1b; white-space: pre-wrap; }
.view { position: absolute; inset: 0; }
`;

let sharedElk: Promise<ElkLike> | undefined;
/**
 * The layout engine, loaded the first time a plan without places must be laid out: ELK is four fifths of the viewer,
 * and a plan saved from the editor carries its places, so most pages never load it. It comes as a file beside the
 * viewer's own (`bundle/`), fetched relative to it.
 */
function elk(): Promise<ElkLike> {
  sharedElk ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    // elkjs is CommonJS: its constructor is the module or its `default`, depending on the bundler.
    const ELK = ((module as unknown as { default?: unknown }).default ?? module) as new () => ElkLike;
    return new ELK();
  });
  return sharedElk;
}

/**
 * `<veranderlogica-viewer src="plan.json">`: the picture of a plan for any
 * web page, no framework needed. Pan by dragging, zoom with Ctrl + scroll or
 * the buttons, click a goal to highlight its chains (click it again, or
 * "Alles tonen", to see all). `lang="en"` shows it in English; otherwise the
 * plan's own language. Set `document` to show a plan without a file.
 *
 * @example
 * <script type="module" src="veranderlogica-viewer.js"></script>
 * <veranderlogica-viewer src="aanpak.json" style="height: 600px"></veranderlogica-viewer>
 */
export class VeranderlogicaViewerElement extends HTMLElement {
  static readonly observedAttributes = ['src', 'lang'];
  private readonly root: ShadowRoot;
  private readonly status: HTMLSpanElement;
  private readonly showAll: HTMLButtonElement;
  private readonly viewHost: HTMLDivElement;
  private view: PictureView | undefined;
  private plan: Document | undefined;
  private goal: string | undefined;
  private loads = 0;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const bar = document.createElement('div');
    bar.className = 'bar';
    this.status = document.createElement('span');
    this.status.className = 'status';
    this.status.setAttribute('aria-live', 'polite');
    this.showAll = this.button('showAll', '', () => this.choose(undefined));
    this.showAll.hidden = true;
    bar.append(
      this.status,
      this.showAll,
      this.button('zoomIn', '+', () => this.view?.zoomBy(1.25)),
      this.button('zoomOut', '−', () => this.view?.zoomBy(0.8)),
      this.button('fit', '⤢', () => this.fitCurrent()),
    );
    this.viewHost = document.createElement('div');
    this.viewHost.className = 'view';
    this.root.append(style, bar, this.viewHost);
  }

  /** The plan shown, once loaded; set it to show a plan instead of the one `src` names. */
  get document(): Document | undefined {
    return this.plan;
  }

  set document(plan: Document | undefined) {
    this.loads++;
    if (plan) void this.draw(plan, this.loads);
  }

  connectedCallback(): void {
    addFont(this.ownerDocument);
    if (!this.plan && this.getAttribute('src')) void this.load();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (!this.isConnected || before === after) return;
    if (name === 'src') void this.load();
    else if (this.plan) void this.draw(this.plan, ++this.loads);
  }

  disconnectedCallback(): void {
    this.view?.destroy();
    this.view = undefined;
  }

  private get language(): Language {
    const lang = this.getAttribute('lang');
    return isLanguage(lang) ? lang : (this.plan?.language ?? LANGUAGES[0]);
  }

  private button(label: keyof typeof TEXT, text: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.label = label;
    button.textContent = text;
    button.addEventListener('click', onClick);
    return button;
  }

  private label(): void {
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('button[data-label]')) {
      const text = say(button.dataset.label as keyof typeof TEXT, this.language);
      button.title = text;
      button.setAttribute('aria-label', text);
      if (!button.textContent) button.textContent = text;
    }
    this.showAll.textContent = say('showAll', this.language);
  }

  private problem(text: string): void {
    this.view?.destroy();
    this.view = undefined;
    const problem = document.createElement('div');
    problem.className = 'problem';
    problem.setAttribute('role', 'alert');
    problem.textContent = text;
    this.viewHost.replaceChildren(problem);
    this.status.textContent = '';
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    const src = this.getAttribute('src') ?? '';
    const language = isLanguage(this.getAttribute('lang')) ? (this.getAttribute('lang') as Language) : LANGUAGES[0];
    this.status.textContent = say('loading', language);
    let text: string;
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (load === this.loads) this.problem(say('cannotLoad', language, { src, reason: (error as Error).message }));
      return;
    }
    if (load !== this.loads) return;
    const result = parseDocument(text);
    if (!result.ok) {
      const lines = result.errors.slice(0, 5).map((error) => `• ${formatParseError(error, language)}`);
      this.problem([say('notAPlan', language, { src }), ...lines].join('\n'));
      return;
    }
    await this.draw(result.document, load);
  }

  private async draw(plan: Document, load: number): Promise<void> {
    this.plan = plan;
    this.goal = undefined;
    this.label();
    this.status.textContent = say('loading', this.language);
    let svg: string;
    try {
      // One script file loads nothing more (no hyphenation patterns): long words break where they must.
      // A plan with every card placed is drawn where it stands, without the layout engine; any other is laid out.
      svg = isPlaced(plan)
        ? renderSvg(plan, placedLayout(plan, { language: this.language }), { language: this.language, font: 'reference' })
        : await drawDocument(await elk(), plan, { language: this.language, font: 'reference' });
    } catch (error) {
      if (load === this.loads) this.problem(say('cannotDraw', this.language, { reason: (error as Error).message }));
      return;
    }
    if (load !== this.loads) return;
    if (!this.view) {
      this.viewHost.replaceChildren();
      this.view = new PictureView(this.viewHost, {
        onCardClick: (id, kind) => kind === 'goal' && this.choose(this.goal === id ? undefined : id),
      });
    }
    this.view.show(svg);
    this.choose(undefined);
    this.dispatchEvent(new CustomEvent('load', { detail: { cards: plan.nodes.length } }));
  }

  /** Highlights a goal's chains (or, without a goal, shows everything again). */
  private choose(goal: string | undefined): void {
    if (!this.plan || !this.view) return;
    this.goal = goal;
    const title = goal ? this.plan.nodes.find((node) => node.id === goal)?.title : undefined;
    this.view.highlight(goal ? focusedPart(this.plan, { goal }) : undefined);
    this.showAll.hidden = goal === undefined;
    this.status.textContent = goal ? say('chainsTo', this.language, { goal: title ?? goal }) : say('hint', this.language);
    this.fitCurrent();
    this.dispatchEvent(new CustomEvent('goalchange', { detail: { goal: goal ?? null } }));
  }

  private fitCurrent(): void {
    if (!this.plan || !this.view) return;
    this.view.fit(this.goal ? focusedPart(this.plan, { goal: this.goal }).nodes : undefined, { padding: 48 });
  }
}

const FONT_STYLE = 'veranderlogica-font';

/**
 * The pictures' font, once per page: a font declared inside a shadow root is not used, so the viewer declares it
 * on the page, and its pictures name it instead of each carrying a copy.
 */
function addFont(page: globalThis.Document): void {
  if (page.getElementById(FONT_STYLE)) return;
  const style = page.createElement('style');
  style.id = FONT_STYLE;
  style.textContent = fontFaceCss();
  page.head.append(style);
}

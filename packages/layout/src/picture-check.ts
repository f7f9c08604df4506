import { CHAIN_ORDER } from '@veranderlogica/core';
import { textWidth } from './font.js';

/**
 * Reads a picture made by {@link renderSvg} back from its SVG, by the data
 * attributes it carries (`data-id` on cards and connections, `data-source`,
 * `data-target`, `data-band`), and lists what is wrong with its geometry.
 * Tests run it over a corpus of plans; anyone can run it over an exported file.
 */

/** A card as drawn. */
export interface DrawnCard {
  readonly id: string;
  readonly kind: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of text as drawn, with its box measured in the pictures' font; `card`: the card it stands on. */
export interface DrawnText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly card?: string;
}

/** What a card says: its whole title (the card's tooltip) and the title as its lines draw it, joined. */
export interface CardTitle {
  readonly id: string;
  readonly title: string;
  readonly drawn: string;
}

/** A connection as drawn: its polyline. */
export interface DrawnConnection {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly points: readonly { x: number; y: number }[];
}

/** What a picture holds, read from its SVG. */
export interface Picture {
  readonly width: number;
  readonly height: number;
  readonly cards: readonly DrawnCard[];
  readonly connections: readonly DrawnConnection[];
  readonly bands: readonly (DrawnCard & { readonly band: string })[];
  /** Band and group labels, with their boxes measured in the pictures' font. */
  readonly labels: readonly DrawnCard[];
  /** Every line of text. */
  readonly texts: readonly DrawnText[];
  /** Every card's title, whole and as drawn. */
  readonly titles: readonly CardTitle[];
  /** The line of accountability, as drawn: from one end to the other. */
  readonly accountability?: { readonly a: { x: number; y: number }; readonly b: { x: number; y: number } };
}

/** The part of a DOM the reader needs: `querySelectorAll` on a parsed SVG document. */
export interface QueryRoot {
  querySelectorAll(selectors: string): ArrayLike<QueryElement>;
}

/** An element as the reader sees it. */
export interface QueryElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  readonly parentNode?: unknown;
}

const number = (element: { getAttribute(name: string): string | null }, name: string) => Number(element.getAttribute(name) ?? 0);

/**
 * Reads the cards, connections and bands of a picture.
 *
 * @example
 * const picture = readPicture(new DOMParser().parseFromString(svg, 'image/svg+xml'));
 * pictureProblems(picture); // []
 */
export function readPicture(root: QueryRoot): Picture {
  const svg = root.querySelectorAll('svg')[0];
  const cards: DrawnCard[] = [];
  for (const group of Array.from(root.querySelectorAll('g[data-id]'))) {
    const rect = (group as unknown as QueryRoot).querySelectorAll('rect')[0];
    if (!rect) continue;
    cards.push({
      id: group.getAttribute('data-id')!,
      kind: group.getAttribute('data-kind') ?? '',
      x: number(rect, 'x'),
      y: number(rect, 'y'),
      width: number(rect, 'width'),
      height: number(rect, 'height'),
    });
  }
  const connections = Array.from(root.querySelectorAll('polyline[data-id]')).map((line) => ({
    id: line.getAttribute('data-id')!,
    source: line.getAttribute('data-source')!,
    target: line.getAttribute('data-target')!,
    points: (line.getAttribute('points') ?? '')
      .trim()
      .split(/\s+/)
      .map((pair) => {
        const [x, y] = pair.split(',').map(Number);
        return { x: x!, y: y! };
      }),
  }));
  const bands = Array.from(root.querySelectorAll('rect[data-band]')).map((rect) => ({
    id: rect.getAttribute('data-band')!,
    kind: 'band',
    band: rect.getAttribute('data-band')!,
    x: number(rect, 'x'),
    y: number(rect, 'y'),
    width: number(rect, 'width'),
    height: number(rect, 'height'),
  }));
  const labels = Array.from(root.querySelectorAll('text[data-band-label], text[data-group-label]')).map((text) => {
    const box = textBox(text);
    return { id: text.textContent ?? '', kind: 'label', x: box.x, y: box.y, width: box.width, height: box.height };
  });
  const texts: DrawnText[] = [];
  const onCards = new Set<QueryElement>();
  const titles: CardTitle[] = [];
  for (const group of Array.from(root.querySelectorAll('g[data-id]'))) {
    const id = group.getAttribute('data-id')!;
    const inside = Array.from((group as unknown as QueryRoot).querySelectorAll('text'));
    for (const text of inside) {
      onCards.add(text);
      texts.push({ ...textBox(text), card: id });
    }
    const title = (group as unknown as QueryRoot).querySelectorAll('title')[0]?.textContent ?? '';
    const drawn = inside
      .filter((text) => text.getAttribute('data-kind-line') === null && text.getAttribute('data-note') === null)
      .map((text) => text.textContent ?? '')
      .join(' ');
    titles.push({ id, title: title.split('\n')[0] ?? '', drawn });
  }
  for (const text of Array.from(root.querySelectorAll('text'))) {
    if (!onCards.has(text)) texts.push(textBox(text));
  }
  const line = root.querySelectorAll('line[data-accountability]')[0];
  const accountability = line
    ? { a: { x: number(line, 'x1'), y: number(line, 'y1') }, b: { x: number(line, 'x2'), y: number(line, 'y2') } }
    : undefined;
  return {
    width: svg ? number(svg, 'width') : 0,
    height: svg ? number(svg, 'height') : 0,
    cards,
    connections,
    bands,
    labels,
    texts,
    titles,
    ...(accountability && { accountability }),
  };
}

/** A text element's box: its width measured in the pictures' font at its size, weight and letter spacing. */
function textBox(text: QueryElement): DrawnText {
  const size = number(text, 'font-size') || 16;
  const value = text.textContent ?? '';
  const width = textWidth(value, {
    size,
    bold: text.getAttribute('font-weight') === '700',
    letterSpacing: number(text, 'letter-spacing'),
  });
  const anchor = text.getAttribute('text-anchor');
  const x = number(text, 'x') - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  return { text: value, x, y: number(text, 'y') - size, width, height: size * 1.25 };
}

/** How far (px) a text may reach past its card's or the picture's edge: the SVG's rounding. */
const TEXT_SLACK = 0.5;

/** How far (px) an end may lie from its card's border, for rounding in the SVG. */
const ON_BORDER = 1.5;
/** How deep (px) a line may cut into a card's corner before it counts as passing through it. */
const THROUGH = 2;

function onBorder(card: DrawnCard, p: { x: number; y: number }): boolean {
  const inside =
    p.x >= card.x - ON_BORDER &&
    p.x <= card.x + card.width + ON_BORDER &&
    p.y >= card.y - ON_BORDER &&
    p.y <= card.y + card.height + ON_BORDER;
  const nearEdge =
    Math.abs(p.x - card.x) <= ON_BORDER ||
    Math.abs(p.x - card.x - card.width) <= ON_BORDER ||
    Math.abs(p.y - card.y) <= ON_BORDER ||
    Math.abs(p.y - card.y - card.height) <= ON_BORDER;
  return inside && nearEdge;
}

/** Whether the segment a–b enters the card's interior (shrunk by {@link THROUGH}); Liang–Barsky clipping. */
export function crossesInterior(
  card: { x: number; y: number; width: number; height: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): boolean {
  const minX = card.x + THROUGH;
  const maxX = card.x + card.width - THROUGH;
  const minY = card.y + THROUGH;
  const maxY = card.y + card.height - THROUGH;
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - minX],
    [dx, maxX - a.x],
    [-dy, a.y - minY],
    [dy, maxY - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-9;
}

const overlap = (a: DrawnCard, b: DrawnCard) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** One thing wrong with a picture, as data: what, and which cards or connections. */
export interface PictureProblem {
  readonly code:
    | 'end-off-source'
    | 'end-off-target'
    | 'through-card'
    | 'cards-overlap'
    | 'outside-band'
    | 'label-overlap'
    | 'bands-overlap'
    | 'missing-card'
    | 'shared-segment'
    | 'on-accountability-line'
    | 'accountability-under-card'
    | 'too-short'
    | 'cut-title'
    | 'text-outside-card'
    | 'text-outside-picture';
  readonly ids: readonly string[];
}

/** How long (px) two unrelated connections may run along the same line before a reader can no longer tell them apart. */
const SHARED = 2;
/** How close (px) two parallel runs count as one line. */
const SAME_LINE = 0.75;
/** The shortest connection (px, along its route) a reader still sees as a connection, not a touch. */
export const MIN_CONNECTION = 40;

/** An axis-parallel run of a polyline: `along` is its constant coordinate, `from`–`to` its extent. */
interface Run {
  readonly edge: number;
  readonly vertical: boolean;
  readonly along: number;
  readonly from: number;
  readonly to: number;
}

function runsOf(points: readonly { x: number; y: number }[], edge: number): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) >= 0.01)
      runs.push({ edge, vertical: true, along: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
    else if (Math.abs(a.y - b.y) < 0.01 && Math.abs(a.x - b.x) >= 0.01)
      runs.push({ edge, vertical: false, along: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
  }
  return runs;
}

/**
 * Pairs of connections with no card in common that run along the same line
 * for more than {@link SHARED} px: a reader following one cannot tell where it
 * goes. Connections that share a card may share a trunk (a fan). Sort and
 * sweep per direction and line.
 */
function sharedSegments(connections: readonly DrawnConnection[]): [number, number][] {
  const runs = connections.flatMap((line, edge) => runsOf(line.points, edge));
  runs.sort((r, s) => Number(r.vertical) - Number(s.vertical) || r.along - s.along || r.from - s.from);
  const pairs = new Set<string>();
  const found: [number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    for (let j = i + 1; j < runs.length; j++) {
      const s = runs[j]!;
      if (s.vertical !== r.vertical || s.along - r.along > SAME_LINE) break;
      if (s.edge === r.edge) continue;
      if (Math.min(r.to, s.to) - Math.max(r.from, s.from) <= SHARED) continue;
      const a = connections[r.edge]!;
      const b = connections[s.edge]!;
      if (a.source === b.source || a.target === b.target || a.source === b.target || a.target === b.source) continue;
      const key = r.edge < s.edge ? `${r.edge} ${s.edge}` : `${s.edge} ${r.edge}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      found.push([r.edge, s.edge]);
    }
  }
  return found;
}

const lengthOf = (points: readonly { x: number; y: number }[]) =>
  points.reduce((sum, p, i) => (i === 0 ? 0 : sum + Math.hypot(p.x - points[i - 1]!.x, p.y - points[i - 1]!.y)), 0);

/** The kinds that form the chain and have bands of their own. */
const BANDED = new Set<string>(CHAIN_ORDER);

/**
 * Lists what is wrong with a picture's geometry: a connection that does not
 * start on its source card's border or end on its target's, one that passes
 * through a card that is not one of its ends, overlapping cards, a chain card
 * outside a band of its kind, bands that share a strip, a card under a band label,
 * two connections with no card in common along one line for more than 2 px,
 * a connection along the line of accountability or the line under a card, and
 * a connection shorter than {@link MIN_CONNECTION} px.
 *
 * @example
 * expect(pictureProblems(readPicture(dom))).toEqual([]);
 */
export function pictureProblems(picture: Picture): PictureProblem[] {
  const problems: PictureProblem[] = [];
  const byId = new Map(picture.cards.map((card) => [card.id, card]));
  for (const line of picture.connections) {
    const source = byId.get(line.source);
    const target = byId.get(line.target);
    if (!source || !target) {
      problems.push({ code: 'missing-card', ids: [line.id] });
      continue;
    }
    if (!onBorder(source, line.points[0]!)) problems.push({ code: 'end-off-source', ids: [line.id] });
    if (!onBorder(target, line.points[line.points.length - 1]!)) problems.push({ code: 'end-off-target', ids: [line.id] });
    for (const card of picture.cards) {
      if (card.id === line.source || card.id === line.target) continue;
      for (let i = 0; i + 1 < line.points.length; i++) {
        if (crossesInterior(card, line.points[i]!, line.points[i + 1]!)) {
          problems.push({ code: 'through-card', ids: [line.id, card.id] });
          break;
        }
      }
    }
  }
  for (let i = 0; i < picture.cards.length; i++) {
    for (let j = i + 1; j < picture.cards.length; j++) {
      if (overlap(picture.cards[i]!, picture.cards[j]!))
        problems.push({ code: 'cards-overlap', ids: [picture.cards[i]!.id, picture.cards[j]!.id] });
    }
    const card = picture.cards[i]!;
    if (BANDED.has(card.kind) && picture.bands.length > 0) {
      const inside = picture.bands.some(
        (band) =>
          band.band === card.kind &&
          card.x >= band.x &&
          card.x + card.width <= band.x + band.width &&
          card.y >= band.y &&
          card.y + card.height <= band.y + band.height,
      );
      if (!inside) problems.push({ code: 'outside-band', ids: [card.id] });
    }
    for (const label of picture.labels) if (overlap(label, card)) problems.push({ code: 'label-overlap', ids: [card.id, label.id] });
  }
  for (const [a, b] of sharedSegments(picture.connections))
    problems.push({ code: 'shared-segment', ids: [picture.connections[a]!.id, picture.connections[b]!.id] });
  for (const line of picture.connections) if (lengthOf(line.points) < MIN_CONNECTION) problems.push({ code: 'too-short', ids: [line.id] });
  const account = picture.accountability;
  if (account) {
    const [accountRun] = runsOf([account.a, account.b], -1);
    if (accountRun) {
      for (const line of picture.connections) {
        const along = runsOf(line.points, 0).some(
          (run) =>
            run.vertical === accountRun.vertical &&
            Math.abs(run.along - accountRun.along) <= SAME_LINE + 1 &&
            Math.min(run.to, accountRun.to) - Math.max(run.from, accountRun.from) > SHARED,
        );
        if (along) problems.push({ code: 'on-accountability-line', ids: [line.id] });
      }
      for (const card of picture.cards)
        if (crossesInterior(card, account.a, account.b)) problems.push({ code: 'accountability-under-card', ids: [card.id] });
    }
  }
  // Bands are padded by 12 px each side in the picture; more overlap than that means two layers share a strip.
  for (let i = 0; i < picture.bands.length; i++) {
    for (let j = i + 1; j < picture.bands.length; j++) {
      const a = picture.bands[i]!;
      const b = picture.bands[j]!;
      const shared = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const sharedY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (shared > 24 && sharedY > 24) problems.push({ code: 'bands-overlap', ids: [a.band, b.band] });
    }
  }
  // Every card shows its whole title, and every text stands inside its card and the picture.
  const letters = (text: string) => text.replace(/[\s\u00ad-]/g, '');
  for (const { id, title, drawn } of picture.titles) {
    if (title && letters(drawn) !== letters(title)) problems.push({ code: 'cut-title', ids: [id] });
  }
  for (const text of picture.texts) {
    const card = text.card === undefined ? undefined : byId.get(text.card);
    if (card && (text.x < card.x || text.x + text.width > card.x + card.width + TEXT_SLACK)) {
      problems.push({ code: 'text-outside-card', ids: [card.id, text.text] });
    }
    if (text.x < -TEXT_SLACK || text.x + text.width > picture.width + TEXT_SLACK) {
      problems.push({ code: 'text-outside-picture', ids: [text.text] });
    }
  }
  return problems;
}

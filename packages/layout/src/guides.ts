import { CHAIN_ORDER, indexDocument, NODE_KIND_SPECS, type Document, type NodeKind, maxOf, minOf, positionOf } from '@veranderlogica/core';
import { linesWidth, wrapText, type TextStyle } from './font.js';
import { assignLayers, type Band, type Layering } from './layering.js';

/** A box in diagram coordinates. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A run of layers of one kind (interventions, mechanisms, outcomes, goals) and
 * its extent along the layer axis, in layer order. With an interest sphere, outcomes
 * and goals can each appear twice: below and beyond the line of accountability.
 */
export interface BandExtent {
  readonly band: Band;
  readonly start: number;
  readonly end: number;
}

/**
 * The line of accountability between what partners can be held to (below or
 * left of it) and what they only contribute to (the interest sphere).
 * `horizontal` lines (BT) have a `y`; vertical ones (LR) an `x`.
 */
export interface AccountabilityLine {
  readonly orientation: 'horizontal' | 'vertical';
  readonly position: number;
  readonly from: number;
  readonly to: number;
  /** False when some accountable node ended up beyond the line (an edge pointing back across it). */
  readonly clean: boolean;
}

/** The layer bands and the line of accountability of a placed diagram. */
export interface LayerGuides {
  readonly bands: readonly BandExtent[];
  readonly accountabilityLine: AccountabilityLine | undefined;
  /** Bands follow one another without overlapping: the diagram reads in layers (as after an auto-layout). */
  readonly ordered: boolean;
}

/** The band a card's layer belongs to: its kind, for every kind of the chain (its module's `role`). */
const bandOf = (kind: NodeKind): Band | undefined => (NODE_KIND_SPECS[kind].role === 'chain' ? kind : undefined);

/**
 * The layer bands (Interventies, Mechanismen, Uitkomsten, Doelen) and the line
 * of accountability for cards where they are now, e.g. after the user moved
 * some. `ordered` says whether the bands still read as layers; an editor shows
 * them only then.
 *
 * @example
 * const { bands, ordered } = layerGuides(document, boxes, 'BT');
 */
export function layerGuides(document: Document, positions: Readonly<Record<string, Box>>, direction: 'BT' | 'LR' = 'BT'): LayerGuides {
  return guidesFor(document, assignLayers(document), positions, direction === 'LR');
}

/** How far (px) the line of accountability stands from the cards beyond it, at most half the gap. */
const ACCOUNTABILITY_OFFSET = 10;

/** The guides for a layering already computed (the layout has one at hand). */
export function guidesFor(
  document: Document,
  layering: Layering,
  positions: Readonly<Record<string, Box>>,
  horizontal: boolean,
): LayerGuides {
  const index = indexDocument(document);
  // Bands: runs of consecutive layers whose main nodes share a kind, with their extent along the layer axis
  // (y for BT, where the top is smaller; x for LR). A kind can form two bands, one each side of the line of accountability.
  const layers: { kinds: Set<Band>; start: number; end: number }[] = [];
  for (const [id, layer] of layering.layerOf) {
    const node = index.nodeById.get(id);
    const band = node && bandOf(node.kind);
    const p = positions[id];
    if (!band || !p) continue;
    let start = horizontal ? p.x : p.y;
    let end = horizontal ? p.x + p.width : p.y + p.height;
    // A card's indicators and assumptions stand in its box (beside it, or below it left to right): its band holds them.
    for (const satellite of layering.satellitesOf.get(id) ?? []) {
      const q = Object.hasOwn(positions, satellite) ? positions[satellite] : undefined;
      if (!q) continue;
      start = Math.min(start, horizontal ? q.x : q.y);
      end = Math.max(end, horizontal ? q.x + q.width : q.y + q.height);
    }
    const entry = (layers[layer] ??= { kinds: new Set(), start, end });
    entry.kinds.add(band);
    entry.start = Math.min(entry.start, start);
    entry.end = Math.max(entry.end, end);
  }
  const bands: BandExtent[] = [];
  for (const entry of layers) {
    if (!entry) continue;
    // Layers are grouped by kind, so a layer holds one kind; should it hold more, the later kind names it.
    const band = [...CHAIN_ORDER].reverse().find((kind) => entry.kinds.has(kind))!;
    const last = bands[bands.length - 1];
    if (last && last.band === band)
      bands[bands.length - 1] = { band, start: Math.min(last.start, entry.start), end: Math.max(last.end, entry.end) };
    else bands.push({ band, start: entry.start, end: entry.end });
  }

  const all = Object.values(positions);
  const minX = all.length ? minOf(all, (p) => p.x) : 0;
  const minY = all.length ? minOf(all, (p) => p.y) : 0;
  const maxX = all.length ? maxOf(all, (p) => p.x + p.width) : 0;
  const maxY = all.length ? maxOf(all, (p) => p.y + p.height) : 0;

  let accountabilityLine: AccountabilityLine | undefined;
  if (layering.interest.size > 0 && layering.interest.size < layering.layerOf.size) {
    // The line runs between the interest sphere and everything before it along the layer axis, each card with its
    // indicators and assumptions (they stand in its box). It keeps close to the interest sphere: connections run
    // across the gap between layers at least `edgeNodeBetweenLayers` from the cards, so none runs along the line.
    const boxOf = (id: string): Box[] =>
      [id, ...(layering.satellitesOf.get(id) ?? [])].flatMap((member) => (Object.hasOwn(positions, member) ? [positions[member]!] : []));
    const beyond = [...layering.interest].flatMap(boxOf);
    const accountable = [...layering.layerOf.keys()].filter((id) => !layering.interest.has(id)).flatMap(boxOf);
    const near = (edgeOfInterest: number, edgeOfAccountable: number) =>
      edgeOfInterest +
      Math.sign(edgeOfAccountable - edgeOfInterest) * Math.min(ACCOUNTABILITY_OFFSET, Math.abs(edgeOfAccountable - edgeOfInterest) / 2);
    if (horizontal) {
      const edgeOfInterest = minOf(beyond, (p) => p.x);
      const edgeOfAccountable = maxOf(accountable, (p) => p.x + p.width);
      accountabilityLine = {
        orientation: 'vertical',
        position: edgeOfAccountable <= edgeOfInterest ? near(edgeOfInterest, edgeOfAccountable) : edgeOfInterest,
        from: minY,
        to: maxY,
        clean: edgeOfAccountable <= edgeOfInterest,
      };
    } else {
      const edgeOfInterest = maxOf(beyond, (p) => p.y + p.height);
      const edgeOfAccountable = minOf(accountable, (p) => p.y);
      accountabilityLine = {
        orientation: 'horizontal',
        position: edgeOfAccountable >= edgeOfInterest ? near(edgeOfInterest, edgeOfAccountable) : edgeOfInterest,
        from: minX,
        to: maxX,
        clean: edgeOfAccountable >= edgeOfInterest,
      };
    }
  }
  // Along the layer axis, BT bands run upwards (later bands have smaller coordinates), LR bands rightwards.
  const ordered = bands.every((band, i) => {
    const next = bands[i + 1];
    if (!next) return true;
    return horizontal ? next.start >= band.end : next.end <= band.start;
  });
  return { bands, accountabilityLine, ordered };
}

/**
 * How group labels are set: font size; under a bottom-to-top picture, the room a row of one-line labels takes and
 * the narrowest a label wraps to (its bracket's width where that is wider); left of a left-to-right one, the width
 * a label's lines wrap to and the room beside a column; and the spacing of a label's lines.
 */
export const GROUP_LABEL = { size: 12, row: 32, minWidth: 220, lineWidth: 150, line: 15, gap: 26 } as const;
const GROUP_TEXT: TextStyle = { size: GROUP_LABEL.size };

/** A group's (strategy's, speerpunt's) label beside its interventions. */
export interface GroupGuide {
  readonly id: string;
  /** The group's whole title. */
  readonly title: string;
  /** The label in lines, as wide as the bracket (BT) or {@link GROUP_LABEL}.lineWidth (LR): never cut. */
  readonly lines: readonly string[];
  /** The bracket's ends across the layers: the outer sides of the group's interventions (x in BT, y in LR). */
  readonly from: number;
  readonly to: number;
  /** What the label's text takes, measured with the pictures' font. */
  readonly extent: { readonly width: number; readonly height: number };
  /** The line under the picture (BT) or column left of it (LR) it is in: labels that would touch go in different ones. */
  readonly row: number;
}

/**
 * A bracket and a label for every group (strategy, speerpunt) with
 * interventions in it, spanning those interventions where they are now:
 * under the picture when it runs bottom to top, left of it when it runs left
 * to right. Labels that would run into each other go in lines below (columns
 * beside) each other. The picture and the canvas both draw these.
 *
 * @example
 * for (const guide of groupGuides(document, layout.positions, 'BT')) drawBracket(guide.from, guide.to, guide.row);
 */
export function groupGuides(document: Document, positions: Readonly<Record<string, Box>>, direction: 'BT' | 'LR' = 'BT'): GroupGuide[] {
  const horizontal = direction === 'LR';
  const members = new Map<string, Box[]>();
  for (const node of document.nodes) {
    if (node.kind !== 'intervention' || node.group === undefined || !Object.hasOwn(positions, node.id)) continue;
    const box = positions[node.id]!;
    const list = members.get(node.group);
    if (list) list.push(box);
    else members.set(node.group, [box]);
  }
  const spans: Omit<GroupGuide, 'row'>[] = [];
  for (const group of document.groups) {
    const boxes = members.get(group.id);
    if (!boxes) continue;
    const from = horizontal ? minOf(boxes, (box) => box.y) : minOf(boxes, (box) => box.x);
    const to = horizontal ? maxOf(boxes, (box) => box.y + box.height) : maxOf(boxes, (box) => box.x + box.width);
    const lines = wrapText(group.title || '…', horizontal ? GROUP_LABEL.lineWidth : Math.max(to - from, GROUP_LABEL.minWidth), GROUP_TEXT);
    spans.push({
      id: group.id,
      title: group.title,
      lines,
      from,
      to,
      extent: { width: linesWidth(lines, GROUP_TEXT), height: lines.length * GROUP_LABEL.line },
    });
  }
  spans.sort((a, b) => a.from - b.from);
  const rowEnds: number[] = [];
  return spans.map((span) => {
    // What the label takes across the layers: the bracket, or its text where that is longer.
    const size = horizontal ? span.extent.height : span.extent.width;
    const middle = (span.from + span.to) / 2;
    const start = Math.min(span.from, middle - size / 2);
    const end = Math.max(span.to, middle + size / 2);
    let row = rowEnds.findIndex((last) => last + (horizontal ? 8 : 16) <= start);
    if (row < 0) row = rowEnds.push(end) - 1;
    else rowEnds[row] = end;
    return { ...span, row };
  });
}

/** The size a card is reckoned at when only its place is known. */
const CARD_AT = { width: 240, height: 92 };

/**
 * The kind of card a point of the diagram asks for (an idea dropped there becomes one): the layer band it falls in,
 * else the kind whose cards stand nearest to it across the layers (a card in the same row far away beats one just
 * above or below); none in a diagram without placed cards.
 *
 * @example
 * kindAtPoint(document, layerGuides(document, boxes).bands, { x: 400, y: 120 }); // 'outcome'
 */
export function kindAtPoint(
  document: Document,
  bands: readonly Pick<BandExtent, 'band' | 'start' | 'end'>[] | undefined,
  point: { readonly x: number; readonly y: number },
): NodeKind | undefined {
  const horizontal = document.layout?.direction === 'LR';
  const along = (p: { x: number; y: number }) => (horizontal ? p.x : p.y);
  const across = (p: { x: number; y: number }) => (horizontal ? p.y : p.x);
  const band = bands?.find((extent) => along(point) >= extent.start && along(point) <= extent.end);
  if (band) return band.band;
  let best: { kind: NodeKind; distance: number } | undefined;
  for (const node of document.nodes) {
    const at = positionOf(document, node.id);
    if (!at) continue;
    const centre = { x: at.x + CARD_AT.width / 2, y: at.y + CARD_AT.height / 2 };
    const distance = Math.abs(along(centre) - along(point)) * 10 + Math.abs(across(centre) - across(point));
    if (!best || distance < best.distance) best = { kind: node.kind, distance };
  }
  return best?.kind;
}

import { indexDocument, type Document } from '@veranderlogica/core';
import { cardBox } from './box.js';
import type { Layering } from './layering.js';
import { DEFAULT_LAYER_SPACING, DEFAULT_NODE_SPACING, type LayoutOptions, type Size } from './options.js';

/**
 * The width ÷ height the row estimate aims at before long layers wrap. The estimate runs optimistic: the
 * layout spreads rows to keep chains straight, so pictures come out about twice as wide as estimated (measured
 * on plans of 40–150 cards: an estimate of 1.5 gave 2.0–3.3, one of 1.0 gives 1.2–2.5). Aiming at 1.0 puts plans
 * of 20–150 cards at or under 2.5, a page or a projector.
 */
const TARGET_ASPECT = 1.0;
/** What the picture adds around the layers (title, legend, band labels, padding), for the estimate. */
const FRAME = { width: 300, height: 250 };
/** The room a connection passing through a row takes in it. */
const PASSING = 36;
/**
 * Beyond this many cards in layers, layers are not wrapped. Wrapping serves the page: it keeps plans of up to
 * 150 cards at or under 2.5 wide for 1 tall. A larger graph is read goal by goal or strategy by strategy (the
 * report's pages, presentation), and its extra rows cost ELK most of its time: a 200-node graph with 160 cards in
 * layers took 3× as long wrapped into 26 rows as in its 9 layers, and 800 cards took 23 s instead of 6 s, with a
 * stack overflow inside ELK on some runs.
 */
const WRAP_UP_TO = 150;

/**
 * Wraps long layers into several rows inside their band, so a plan with many
 * strategies side by side fits a page instead of running off as one long row.
 * Drawn bottom to top, a layer of 21 interventions becomes three rows of 7;
 * cards take turns over the rows in the order of their groups, then of the
 * document (so the same plan always wraps the same way), and each row spans the
 * band's width and chains rise between the cards of the rows above. The
 * returned layering numbers rows as layers; bands are unchanged, because rows
 * of one kind follow each other. Left-to-right drawings, and graphs of more
 * than `WRAP_UP_TO` cards in layers, are not wrapped.
 *
 * @example
 * const rows = wrapLayers(document, assignLayers(document), { direction: 'BT' });
 */
export function wrapLayers(document: Document, layering: Layering, options: LayoutOptions): Layering {
  const targetAspect = options.aspect ?? TARGET_ASPECT;
  if (options.direction === 'LR' || layering.layerCount === 0 || layering.layerOf.size > WRAP_UP_TO) return layering;
  const spacing = options.nodeSpacing ?? DEFAULT_NODE_SPACING;
  const layerSpacing = options.layerSpacing ?? DEFAULT_LAYER_SPACING;
  const index = indexDocument(document);
  const groupOrder = new Map(document.groups.map((group, i) => [group.id, i]));
  const members: { id: string; size: Size; order: number }[][] = Array.from({ length: layering.layerCount }, () => []);
  let documentOrder = 0;
  for (const node of document.nodes) {
    const layer = layering.layerOf.get(node.id);
    if (layer === undefined) continue;
    const group = 'group' in node && node.group ? (groupOrder.get(node.group) ?? groupOrder.size) : groupOrder.size;
    const order = group * 1e6 + documentOrder;
    documentOrder++;
    members[layer]!.push({ id: node.id, size: cardBox(document, layering, options, node.id).size, order });
  }
  for (const list of members) list.sort((a, b) => a.order - b.order);

  const rows = members.map(() => 1);
  const rowsOf = (layer: number) => {
    const split: { id: string; size: Size }[][] = Array.from({ length: rows[layer]! }, () => []);
    members[layer]!.forEach((member, i) => split[i % rows[layer]!]!.push(member));
    return split;
  };
  const widthOf = (row: readonly { size: Size }[]) => row.reduce((sum, m) => sum + m.size.width + spacing, -spacing);
  const heightOf = (row: readonly { size: Size }[]) => Math.max(0, ...row.map((m) => m.size.height));
  // Every connection that passes a row on its way up takes room in it (ELK routes it between the cards).
  const causal: [string, string][] = [];
  for (const edge of document.edges)
    if (layering.layerOf.has(edge.source) && layering.layerOf.has(edge.target)) causal.push([edge.source, edge.target]);
  const passing = (rowOf: ReadonlyMap<string, number>, count: number) => {
    const through = new Array<number>(count).fill(0);
    for (const [source, target] of causal) {
      const from = rowOf.get(source)!;
      const to = rowOf.get(target)!;
      for (let r = Math.min(from, to) + 1; r < Math.max(from, to); r++) through[r]!++;
    }
    return through;
  };
  // Widen the picture's rows one at a time where it is widest, until it fits or nothing can wrap further.
  for (let step = 0; step < document.nodes.length; step++) {
    let width = 0;
    let widest = -1;
    let height = 0;
    const rowOf = new Map<string, number>();
    const all: { layer: number; row: { id: string; size: Size }[] }[] = [];
    members.forEach((_, layer) => {
      for (const row of rowsOf(layer)) {
        for (const { id } of row) rowOf.set(id, all.length);
        all.push({ layer, row });
      }
    });
    const through = passing(rowOf, all.length);
    all.forEach(({ layer, row }, r) => {
      const w = widthOf(row) + through[r]! * PASSING;
      if (w > width) [width, widest] = [w, layer];
      height += heightOf(row) + layerSpacing;
    });
    if ((width + FRAME.width) / (height + FRAME.height) <= targetAspect) break;
    if (widest < 0 || rows[widest]! >= members[widest]!.length) break;
    rows[widest]!++;
  }
  if (rows.every((count) => count === 1)) return layering;

  const layerOf = new Map<string, number>();
  let next = 0;
  let firstInterestLayer: number | undefined;
  members.forEach((_, layer) => {
    if (layer === layering.firstInterestLayer) firstInterestLayer = next;
    // Rows of a layer stack in the direction of the chain: the first row is nearest the layer before.
    rowsOf(layer).forEach((row, r) => {
      for (const { id } of row) layerOf.set(id, next + r);
    });
    next += rows[layer]!;
  });
  // Nodes that could not be sized (none in practice) keep a layer after the rest.
  for (const [id] of layering.layerOf) if (!layerOf.has(id) && index.nodeById.has(id)) layerOf.set(id, next);
  return { ...layering, layerOf, layerCount: next, firstInterestLayer };
}

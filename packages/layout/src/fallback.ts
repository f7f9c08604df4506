import { indexDocument, maxOf, minOf, type Document } from '@veranderlogica/core';
import { cardBox } from './box.js';
import { guidesFor } from './guides.js';
import { assignLayers, type Layering } from './layering.js';
import { DEFAULT_LAYER_SPACING, DEFAULT_NODE_SPACING, type LayoutOptions } from './options.js';
import type { LayoutResult, PlacedNode, Point } from './result.js';

/**
 * Past these, ELK is not asked: a chain of 8,000 cards (8,000 layers) overflowed its stack, and 50,000 cards
 * ran for 84 s. Such a plan is drawn in plain layered rows instead ({@link rowsLayout}).
 */
export const ELK_MAX_LAYERS = 250;
const ELK_MAX_CARDS = 4_000;

/** Whether a plan is past what ELK is asked to lay out (see {@link ELK_MAX_LAYERS}). */
export function beyondElk(document: Document, layering: Layering = assignLayers(document)): boolean {
  return layering.layerCount > ELK_MAX_LAYERS || document.nodes.length > ELK_MAX_CARDS;
}

/**
 * The plain layout every plan can have, in time linear in its size: each layer a row of cards (with their
 * indicators and assumptions beside them) in document order, the rows stacked in the layers' order, and each
 * connection a straight line between its cards. What a picture falls back to when ELK cannot lay the plan out
 * (too large, too long a chain, or past its time); the result says so (`fallback`), and the picture tells the
 * reader.
 *
 * @example
 * const result = rowsLayout(document, assignLayers(document), {});
 */
export function rowsLayout(document: Document, layering: Layering, options: LayoutOptions): LayoutResult {
  const horizontal = options.direction === 'LR';
  const spacing = options.nodeSpacing ?? DEFAULT_NODE_SPACING;
  const gap = options.layerSpacing ?? DEFAULT_LAYER_SPACING;
  const rows: string[][] = Array.from({ length: layering.layerCount }, () => []);
  for (const node of document.nodes) {
    const layer = layering.layerOf.get(node.id);
    if (layer !== undefined) rows[layer]!.push(node.id);
  }
  if (layering.loose.length) rows.unshift([...layering.loose]);
  const positions: Record<string, PlacedNode> = {};
  let across = 0;
  for (const row of rows) {
    const boxes = row.map((id) => ({ id, box: cardBox(document, layering, options, id) }));
    const length = boxes.reduce((sum, { box }) => sum + (horizontal ? box.size.height : box.size.width) + spacing, -spacing);
    const thickness = Math.max(0, ...boxes.map(({ box }) => (horizontal ? box.size.width : box.size.height)));
    let along = -length / 2;
    for (const { box } of boxes) {
      // BT: the first row at the bottom (y grows downwards, so rows go up); LR: the first row on the left.
      const x = horizontal ? across : along;
      const y = horizontal ? along : -across - box.size.height;
      for (const [member, offset] of box.offsets)
        positions[member] = { x: x + offset.x, y: y + offset.y, width: offset.width, height: offset.height };
      along += (horizontal ? box.size.height : box.size.width) + spacing;
    }
    across += thickness + gap;
  }
  const index = indexDocument(document);
  const edges: Record<string, Point[]> = {};
  for (const edge of document.edges) {
    const source = positions[edge.source];
    const target = positions[edge.target];
    if (!source || !target || !index.nodeById.has(edge.source)) continue;
    edges[edge.id] = [edgeEnd(source, target), edgeEnd(target, source)];
  }
  const { bands, accountabilityLine } = guidesFor(document, layering, positions, horizontal);
  const all = Object.values(positions);
  const width = all.length ? maxOf(all, (p) => p.x + p.width) - minOf(all, (p) => p.x) : 0;
  const height = all.length ? maxOf(all, (p) => p.y + p.height) - minOf(all, (p) => p.y) : 0;
  return { direction: horizontal ? 'LR' : 'BT', positions, edges, bands, accountabilityLine, width, height, fallback: true };
}

/** Where a straight connection leaves a card towards another: the middle of the side facing it. */
function edgeEnd(from: PlacedNode, to: PlacedNode): Point {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const tx = to.x + to.width / 2;
  const ty = to.y + to.height / 2;
  const vertical = Math.abs(ty - cy) * from.width > Math.abs(tx - cx) * from.height;
  if (vertical) return { x: cx, y: ty < cy ? from.y : from.y + from.height };
  return { x: tx < cx ? from.x : from.x + from.width, y: cy };
}

import { indexDocument, maxOf, minOf, NODE_KIND_SPECS, positionOf, type Document } from '@veranderlogica/core';
import { sizeOf } from './card-text.js';
import { guidesFor } from './guides.js';
import { assignLayers } from './layering.js';
import type { LayoutOptions } from './options.js';
import type { LayoutResult, PlacedNode, Point } from './result.js';

/**
 * Whether every card of the plan has a place of its own (as after an auto-layout in the editor): such a plan can be
 * drawn where it stands ({@link placedLayout}), without laying it out again.
 *
 * @example
 * if (isPlaced(document)) svg = renderSvg(document, placedLayout(document));
 */
export function isPlaced(document: Document): boolean {
  return document.nodes.length > 0 && document.nodes.every((node) => positionOf(document, node.id) !== undefined);
}

/**
 * The layout a placed plan already has: every card where the file puts it, at the size its text needs, each
 * connection in right-angled steps from the way out of its card to the way in of the next (as the editor draws a
 * connection after a card was moved), and the layer bands and the line of accountability around the cards. No ELK:
 * what a web page's viewer draws for a plan saved from the editor, without loading the layout engine. Cards without a
 * place are not drawn; check {@link isPlaced} first.
 *
 * @example
 * const svg = renderSvg(document, placedLayout(document, { language: 'nl' }), { language: 'nl' });
 */
export function placedLayout(document: Document, options: LayoutOptions = {}): LayoutResult {
  const horizontal = (document.layout?.direction ?? options.direction) === 'LR';
  const positions: Record<string, PlacedNode> = {};
  for (const node of document.nodes) {
    const at = positionOf(document, node.id);
    if (at) positions[node.id] = { x: at.x, y: at.y, ...sizeOf(options, document, node) };
  }
  const index = indexDocument(document);
  // Listed once: every chain connection tries its routes against all the cards.
  const cards = Object.entries(positions);
  const edges: Record<string, Point[]> = {};
  for (const edge of document.edges) {
    const source = positions[edge.source];
    const target = positions[edge.target];
    const from = index.nodeById.get(edge.source);
    if (!source || !target || !from) continue;
    edges[edge.id] =
      NODE_KIND_SPECS[from.kind].role === 'satellite'
        ? sideways(source, target)
        : clearest(steps(source, target, horizontal), cards, edge.source, edge.target);
  }
  const { bands, accountabilityLine } = guidesFor(document, assignLayers(document), positions, horizontal);
  const all = Object.values(positions);
  const width = all.length ? maxOf(all, (p) => p.x + p.width) - minOf(all, (p) => p.x) : 0;
  const height = all.length ? maxOf(all, (p) => p.y + p.height) - minOf(all, (p) => p.y) : 0;
  return { direction: horizontal ? 'LR' : 'BT', positions, edges, bands, accountabilityLine, width, height };
}

/**
 * A chain connection's candidates: out of the top of its card (left to right: its right side), into the bottom of
 * the next (its left side), turning twice: halfway, just past the source, or just before the target.
 */
function steps(source: PlacedNode, target: PlacedNode, horizontal: boolean): Point[][] {
  if (horizontal) {
    const start = { x: source.x + source.width, y: source.y + source.height / 2 };
    const end = { x: target.x, y: target.y + target.height / 2 };
    return [(start.x + end.x) / 2, start.x + TURN, end.x - TURN].map((middle) =>
      straighten([start, { x: middle, y: start.y }, { x: middle, y: end.y }, end]),
    );
  }
  const start = { x: source.x + source.width / 2, y: source.y };
  const end = { x: target.x + target.width / 2, y: target.y + target.height };
  return [(start.y + end.y) / 2, start.y - TURN, end.y + TURN].map((middle) =>
    straighten([start, { x: start.x, y: middle }, { x: end.x, y: middle }, end]),
  );
}

/** How far past a card a connection turns when halfway would take it through another card. */
const TURN = 16;

/** The first candidate route that passes through no other card (else the first). */
function clearest(candidates: Point[][], cards: readonly (readonly [string, PlacedNode])[], source: string, target: string): Point[] {
  const through = (route: Point[]) =>
    route.some((point, i) => {
      const next = route[i + 1];
      if (!next) return false;
      const [left, right] = [Math.min(point.x, next.x), Math.max(point.x, next.x)];
      const [top, bottom] = [Math.min(point.y, next.y), Math.max(point.y, next.y)];
      return cards.some(
        ([id, card]) =>
          id !== source && id !== target && left < card.x + card.width && right > card.x && top < card.y + card.height && bottom > card.y,
      );
    });
  return candidates.find((route) => !through(route)) ?? candidates[0]!;
}

/** An indicator's or an assumption's connection: from the side of the card facing its card, then straight across. */
function sideways(source: PlacedNode, target: PlacedNode): Point[] {
  const cy = source.y + source.height / 2;
  const toLeft = target.x + target.width / 2 < source.x + source.width / 2;
  const start = { x: toLeft ? source.x : source.x + source.width, y: cy };
  const inside = cy >= target.y && cy <= target.y + target.height;
  if (inside) return [start, { x: toLeft ? target.x + target.width : target.x, y: cy }];
  const x = target.x + target.width / 2;
  return [start, { x, y: cy }, { x, y: cy < target.y ? target.y : target.y + target.height }];
}

/** Drops the bends of a route that runs straight (both cards in line). */
function straighten(points: Point[]): Point[] {
  return points.filter((point, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    if (!before || !after) return true;
    return !((before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y));
  });
}

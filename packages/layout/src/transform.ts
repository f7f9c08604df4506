import { minOf } from '@veranderlogica/core';
import type { LayoutResult, PlacedNode, Point } from './result.js';

/** Moves a whole layout by (dx, dy): nodes, edge routes, bands and the line of accountability. */
export function translate(result: LayoutResult, dx: number, dy: number): LayoutResult {
  if (dx === 0 && dy === 0) return result;
  const horizontal = result.direction === 'LR';
  const positions: Record<string, PlacedNode> = {};
  for (const [id, p] of Object.entries(result.positions)) positions[id] = { ...p, x: p.x + dx, y: p.y + dy };
  const edges: Record<string, Point[]> = {};
  for (const [id, points] of Object.entries(result.edges)) edges[id] = points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  const along = horizontal ? dx : dy;
  const across = horizontal ? dy : dx;
  const line = result.accountabilityLine;
  return {
    ...result,
    positions,
    edges,
    bands: result.bands.map((band) => ({ ...band, start: band.start + along, end: band.end + along })),
    accountabilityLine: line && { ...line, position: line.position + along, from: line.from + across, to: line.to + across },
  };
}

/** The smallest x and y of any node, to move a fresh layout to the origin. */
export function origin(result: LayoutResult): Point {
  const all = Object.values(result.positions);
  if (all.length === 0) return { x: 0, y: 0 };
  return { x: minOf(all, (p) => p.x), y: minOf(all, (p) => p.y) };
}

import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { indexDocument, type Document } from '@veranderlogica/core';
import type { ElkInput } from './elk-graph.js';
import { guidesFor, type AccountabilityLine, type BandExtent } from './guides.js';
import type { Layering } from './layering.js';
import { DEFAULT_LAYER_SPACING, DEFAULT_NODE_SPACING, sizeOf, type LayoutOptions } from './options.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A laid-out card: top-left corner and size. */
export interface PlacedNode extends Point {
  readonly width: number;
  readonly height: number;
}

export type { AccountabilityLine, BandExtent } from './guides.js';

export interface LayoutResult {
  readonly direction: 'BT' | 'LR';
  readonly positions: Readonly<Record<string, PlacedNode>>;
  /** Polylines for every edge: start, bend points, end. */
  readonly edges: Readonly<Record<string, readonly Point[]>>;
  readonly bands: readonly BandExtent[];
  readonly accountabilityLine: AccountabilityLine | undefined;
  readonly width: number;
  readonly height: number;
}

const centre = (node: PlacedNode): Point => ({ x: node.x + node.width / 2, y: node.y + node.height / 2 });

/** Where a straight line from a box's centre towards `towards` leaves the box. */
function exitPoint(box: PlacedNode, towards: Point): Point {
  const c = centre(box);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/**
 * The point on a card's border to join a route that starts or ends at `end`:
 * straight above or below it when the route meets the box within the card's
 * width (or beside it within its height), else the nearest corner region.
 */
function attach(card: PlacedNode, end: Point): Point {
  const x = Math.min(Math.max(end.x, card.x), card.x + card.width);
  const y = Math.min(Math.max(end.y, card.y), card.y + card.height);
  if (x === end.x && y === end.y) return end;
  return { x, y };
}

/** Reads ELK's answer back into positions per node, edge routes, bands and the line of accountability. */
export function readElkResult(
  document: Document,
  layering: Layering,
  input: ElkInput,
  output: ElkNode,
  options: LayoutOptions,
): LayoutResult {
  const index = indexDocument(document);
  const horizontal = (options.direction ?? 'BT') === 'LR';
  const positions: Record<string, PlacedNode> = {};
  for (const child of output.children ?? []) {
    const box = input.boxes.get(child.id);
    if (!box) continue;
    for (const [id, offset] of box.offsets) {
      positions[id] = { x: (child.x ?? 0) + offset.x, y: (child.y ?? 0) + offset.y, width: offset.width, height: offset.height };
    }
  }

  // Loose indicators and assumptions: a row (BT) or column (LR) of their own before the first layer.
  if (layering.loose.length > 0) {
    const placed = Object.values(positions);
    const min = (f: (p: PlacedNode) => number) => (placed.length ? Math.min(...placed.map(f)) : 0);
    const max = (f: (p: PlacedNode) => number) => (placed.length ? Math.max(...placed.map(f)) : 0);
    const spacing = options.nodeSpacing ?? DEFAULT_NODE_SPACING;
    const gap = options.layerSpacing ?? DEFAULT_LAYER_SPACING;
    const limit = Math.max(horizontal ? max((p) => p.y + p.height) - min((p) => p.y) : max((p) => p.x + p.width) - min((p) => p.x), 1_200);
    let along = 0;
    let line = 0;
    let lineThickness = 0;
    const originAcross = min((p) => (horizontal ? p.y : p.x));
    const base = horizontal ? min((p) => p.x) - gap : max((p) => p.y + p.height) + gap;
    const items = layering.loose.map((id) => {
      const node = index.nodeById.get(id)!;
      return { id, size: sizeOf(options, id, node.kind, node.title) };
    });
    const lines: { id: string; along: number; line: number; size: { width: number; height: number } }[] = [];
    for (const { id, size } of items) {
      const extent = horizontal ? size.height : size.width;
      if (along > 0 && along + extent > limit) {
        along = 0;
        line += lineThickness + spacing;
        lineThickness = 0;
      }
      lines.push({ id, along, line, size });
      along += extent + spacing;
      lineThickness = Math.max(lineThickness, horizontal ? size.width : size.height);
    }
    for (const { id, along: a, line: l, size } of lines) {
      positions[id] = horizontal
        ? { x: base - l - size.width, y: originAcross + a, ...size }
        : { x: originAcross + a, y: base + l, ...size };
    }
  }

  const edges: Record<string, Point[]> = {};
  const documentEdge = new Map(document.edges.map((edge) => [edge.id, edge]));
  for (const edge of output.edges ?? []) {
    const section = edge.sections?.[0];
    if (!section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
    // An edge of a satellite was routed from its host's box: attach its end to the satellite itself.
    const original = documentEdge.get(edge.id);
    if (original && layering.hostOf.has(original.source)) points.unshift(attach(positions[original.source]!, points[0]!));
    if (original && layering.hostOf.has(original.target)) points.push(attach(positions[original.target]!, points[points.length - 1]!));
    edges[edge.id] = points;
  }
  // Edges ELK did not route: a satellite to its host gets a short elbow; anything else a straight line between borders.
  for (const edge of document.edges) {
    if (edges[edge.id] || input.routed.has(edge.id)) continue;
    const source = positions[edge.source];
    const target = positions[edge.target];
    if (!source || !target) continue;
    if (layering.hostOf.get(edge.source) === edge.target) {
      const s = centre(source);
      const t = centre(target);
      edges[edge.id] = horizontal
        ? [
            { x: s.x, y: source.y },
            { x: s.x, y: (source.y + target.y + target.height) / 2 },
            { x: t.x, y: (source.y + target.y + target.height) / 2 },
            { x: t.x, y: target.y + target.height },
          ].filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y)
        : [
            { x: source.x, y: s.y },
            { x: (source.x + target.x + target.width) / 2, y: s.y },
            { x: (source.x + target.x + target.width) / 2, y: t.y },
            { x: target.x + target.width, y: t.y },
          ];
      continue;
    }
    edges[edge.id] = [exitPoint(source, centre(target)), exitPoint(target, centre(source))];
  }

  const { bands, accountabilityLine } = guidesFor(document, layering, positions, horizontal);
  const all = Object.values(positions);
  const minX = all.length ? Math.min(...all.map((p) => p.x)) : 0;
  const minY = all.length ? Math.min(...all.map((p) => p.y)) : 0;
  const maxX = all.length ? Math.max(...all.map((p) => p.x + p.width)) : 0;
  const maxY = all.length ? Math.max(...all.map((p) => p.y + p.height)) : 0;
  return { direction: horizontal ? 'LR' : 'BT', positions, edges, bands, accountabilityLine, width: maxX - minX, height: maxY - minY };
}

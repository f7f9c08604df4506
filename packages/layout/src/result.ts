import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { indexDocument, type Document, maxOf, minOf } from '@veranderlogica/core';
import type { ElkInput } from './elk-graph.js';
import { separateRuns } from './separate.js';
import { guidesFor, type AccountabilityLine, type BandExtent } from './guides.js';
import type { Layering } from './layering.js';
import { DEFAULT_LAYER_SPACING, DEFAULT_NODE_SPACING, type LayoutOptions } from './options.js';
import { sizeOf } from './card-text.js';

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
  /** Laid out in plain rows, because ELK could not lay this plan out (see `rowsLayout`): the picture says so. */
  readonly fallback?: boolean;
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

type Side = 'north' | 'south' | 'east' | 'west';

/** The side of its card a connection's end uses: the same choice the ELK graph made for its port. */
function sideOf(layering: Layering, id: string, end: 'source' | 'target', horizontal: boolean): Side {
  if (!layering.layerOf.has(id)) return horizontal ? 'south' : 'east';
  if (end === 'source') return horizontal ? 'east' : 'north';
  return horizontal ? 'west' : 'south';
}

/** Where a route that reaches a box's border at `port` meets the card itself, straight across the box's empty space. */
function onCard(card: PlacedNode, port: Point, side: Side): Point {
  switch (side) {
    case 'north':
      return { x: port.x, y: card.y };
    case 'south':
      return { x: port.x, y: card.y + card.height };
    case 'east':
      return { x: card.x + card.width, y: port.y };
    case 'west':
      return { x: card.x, y: port.y };
  }
}

const same = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;

/**
 * The route of a satellite's connection to a card in its host's layer. BT: out of the satellite's right side,
 * just past its box, down into the gap below the layer, along it, and up into the target (a card from below,
 * as its other connections arrive; a satellite from the right of its own box). Nothing but empty box space and
 * the gap between layers lies on the way. LR is the mirror image, left of the layer.
 */
function besideLayer(
  source: PlacedNode,
  sourceBox: PlacedNode,
  target: PlacedNode,
  targetBox: PlacedNode,
  targetIsCard: boolean,
  layer: { start: number; end: number },
  gap: number,
  horizontal: boolean,
): Point[] {
  const clear = 12;
  if (!horizontal) {
    const out = { x: source.x + source.width, y: source.y + source.height / 2 };
    const right = sourceBox.x + sourceBox.width + clear;
    if (sourceBox === targetBox && !targetIsCard) {
      return [
        out,
        { x: right, y: out.y },
        { x: right, y: target.y + target.height / 2 },
        { x: target.x + target.width, y: target.y + target.height / 2 },
      ];
    }
    const below = layer.end + gap / 3;
    const route = [out, { x: right, y: out.y }, { x: right, y: below }];
    if (targetIsCard) {
      const x = target.x + target.width * 0.75;
      return [...route, { x, y: below }, { x, y: target.y + target.height }];
    }
    const beside = targetBox.x + targetBox.width + clear;
    const y = target.y + target.height / 2;
    return [...route, { x: beside, y: below }, { x: beside, y }, { x: target.x + target.width, y }];
  }
  const out = { x: source.x + source.width / 2, y: source.y + source.height };
  const under = sourceBox.y + sourceBox.height + clear;
  if (sourceBox === targetBox && !targetIsCard) {
    return [
      out,
      { x: out.x, y: under },
      { x: target.x + target.width / 2, y: under },
      { x: target.x + target.width / 2, y: target.y + target.height },
    ];
  }
  const before = layer.start - gap / 3;
  const route = [out, { x: out.x, y: under }, { x: before, y: under }];
  if (targetIsCard) {
    const y = target.y + target.height * 0.75;
    return [...route, { x: before, y }, { x: target.x, y }];
  }
  const beneath = targetBox.y + targetBox.height + clear;
  const x = target.x + target.width / 2;
  return [...route, { x: before, y: beneath }, { x, y: beneath }, { x, y: target.y + target.height }];
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
    const min = (f: (p: PlacedNode) => number) => (placed.length ? minOf(placed, f) : 0);
    const max = (f: (p: PlacedNode) => number) => (placed.length ? maxOf(placed, f) : 0);
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
      return { id, size: sizeOf(options, document, node) };
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
    // ELK ends a route on the box's border; finish it on the card (a satellite's side, or a card shorter than its box).
    const original = documentEdge.get(edge.id);
    if (original && positions[original.source] && positions[original.target]) {
      const start = onCard(positions[original.source]!, points[0]!, sideOf(layering, original.source, 'source', horizontal));
      const end = onCard(positions[original.target]!, points[points.length - 1]!, sideOf(layering, original.target, 'target', horizontal));
      if (!same(start, points[0]!)) points.unshift(start);
      if (!same(end, points[points.length - 1]!)) points.push(end);
    }
    edges[edge.id] = points;
  }
  // Boxes as ELK placed them, and each layer's extent along the layer axis, for the routes drawn here.
  const boxAt = new Map<string, PlacedNode>();
  const layerExtent = new Map<number, { start: number; end: number }>();
  for (const child of output.children ?? []) {
    const box = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
    boxAt.set(child.id, box);
    const layer = layering.layerOf.get(child.id);
    if (layer === undefined) continue;
    const start = horizontal ? box.x : box.y;
    const end = horizontal ? box.x + box.width : box.y + box.height;
    const extent = layerExtent.get(layer);
    layerExtent.set(layer, extent ? { start: Math.min(extent.start, start), end: Math.max(extent.end, end) } : { start, end });
  }
  const gap = options.layerSpacing ?? DEFAULT_LAYER_SPACING;
  // Edges ELK did not route: a satellite to its host gets a short elbow; anything else a straight line between borders.
  for (const edge of document.edges) {
    if (edges[edge.id] || input.routed.has(edge.id)) continue;
    const source = positions[edge.source];
    const target = positions[edge.target];
    if (!source || !target) continue;
    if (layering.hostOf.get(edge.source) === edge.target) {
      // BT: satellites stand in a column right of their card; the line leaves the satellite's left side and joins the
      // card's right side, along a short run in the gap between them (no other satellite lies in that gap). LR: mirrored below.
      const s = centre(source);
      const gap = horizontal ? source.y - (target.y + target.height) : source.x - (target.x + target.width);
      if (horizontal) {
        const x = Math.min(Math.max(s.x, target.x + 8), target.x + target.width - 8);
        const y = target.y + target.height + gap / 2;
        edges[edge.id] = [
          { x: s.x, y: source.y },
          { x: s.x, y },
          { x, y },
          { x, y: target.y + target.height },
        ].filter((p, i, all) => i === 0 || !same(p, all[i - 1]!));
      } else {
        const y = Math.min(Math.max(s.y, target.y + 8), target.y + target.height - 8);
        const x = target.x + target.width + gap / 2;
        edges[edge.id] = [
          { x: source.x, y: s.y },
          { x, y: s.y },
          { x, y },
          { x: target.x + target.width, y },
        ].filter((p, i, all) => i === 0 || !same(p, all[i - 1]!));
      }
      continue;
    }
    const sourceBox = boxAt.get(layering.hostOf.get(edge.source) ?? edge.source);
    const targetBox = boxAt.get(layering.hostOf.get(edge.target) ?? edge.target);
    const layer = layering.layerOf.get(layering.hostOf.get(edge.source) ?? edge.source);
    const extent = layer === undefined ? undefined : layerExtent.get(layer);
    if (sourceBox && targetBox && extent && layering.hostOf.has(edge.source)) {
      edges[edge.id] = besideLayer(source, sourceBox, target, targetBox, layering.layerOf.has(edge.target), extent, gap, horizontal);
      continue;
    }
    edges[edge.id] = [exitPoint(source, centre(target)), exitPoint(target, centre(source))];
  }

  // Two connections that share no card never run along one line: one of them steps aside.
  const routes = document.edges.flatMap((edge) =>
    edges[edge.id] ? [{ id: edge.id, source: edge.source, target: edge.target, points: edges[edge.id]! }] : [],
  );
  for (const [id, points] of separateRuns(routes, positions)) edges[id] = points;

  const { bands, accountabilityLine } = guidesFor(document, layering, positions, horizontal);
  const all = Object.values(positions);
  const minX = all.length ? minOf(all, (p) => p.x) : 0;
  const minY = all.length ? minOf(all, (p) => p.y) : 0;
  const maxX = all.length ? maxOf(all, (p) => p.x + p.width) : 0;
  const maxY = all.length ? maxOf(all, (p) => p.y + p.height) : 0;
  return { direction: horizontal ? 'LR' : 'BT', positions, edges, bands, accountabilityLine, width: maxX - minX, height: maxY - minY };
}

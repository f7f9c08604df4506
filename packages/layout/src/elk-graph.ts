import type { ElkExtendedEdge, ElkNode, LayoutOptions as ElkLayoutOptions } from 'elkjs/lib/elk-api.js';
import { indexDocument, type Document } from '@veranderlogica/core';
import type { Layering } from './layering.js';
import { DEFAULT_LAYER_SPACING, DEFAULT_NODE_SPACING, SATELLITE_GAP, sizeOf, type LayoutOptions, type Size } from './options.js';

/** Where a card sits inside the box ELK places: the host at the origin, satellites beside it. */
export interface BoxContent {
  readonly host: string;
  readonly size: Size;
  readonly offsets: ReadonlyMap<string, { x: number; y: number; width: number; height: number }>;
}

export interface ElkInput {
  readonly graph: ElkNode;
  readonly boxes: ReadonlyMap<string, BoxContent>;
  /** Edges that ELK routes, by edge id. */
  readonly routed: ReadonlySet<string>;
}

/** The box an edge end lives in: a main node's own box, or the box of a satellite's host. */
function boxOf(layering: Layering, id: string): string | undefined {
  return layering.layerOf.has(id) ? id : layering.hostOf.get(id);
}

/** How far apart the pseudo positions of two layers are; only their order matters to ELK. */
const LAYER_STEP = 10_000;
/** Satellites per column (BT) or row (LR) beside their host. */
const SATELLITES_PER_LINE = 2;

/**
 * ELK options. Layers come from {@link assignLayers} as pseudo positions, read
 * by the INTERACTIVE layering and cycle breaking; this avoids ELK's
 * partitioning, whose constraint edges make layering explode (118 s at 1,000
 * nodes in the shared anchors).
 */
export function elkOptions(options: LayoutOptions, seeded: boolean): ElkLayoutOptions {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': (options.direction ?? 'BT') === 'BT' ? 'UP' : 'RIGHT',
    'elk.layered.layering.strategy': 'INTERACTIVE',
    'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
    'elk.layered.crossingMinimization.semiInteractive': seeded ? 'true' : 'false',
    'elk.separateConnectedComponents': 'false',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    // Model-order constraints cost 8× at 1,000 nodes (7.5 s vs 0.9 s) for no fewer crossings; a higher
    // thoroughness buys ~2 % fewer crossings for ~40 % more time. Measured in docs/performance.md.
    'elk.layered.thoroughness': '15',
    'elk.spacing.nodeNode': String(options.nodeSpacing ?? DEFAULT_NODE_SPACING),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(options.layerSpacing ?? DEFAULT_LAYER_SPACING),
    'elk.spacing.edgeNode': '20',
    'elk.spacing.edgeEdge': '12',
    'elk.layered.spacing.edgeNodeBetweenLayers': '24',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
    'elk.randomSeed': '1',
  };
}

/**
 * Turns a document and its layering into the ELK graph: one box per main node
 * holding the node and its satellites, pseudo positions that fix the layer,
 * and, when earlier positions exist, the order within each layer.
 */
export function buildElkGraph(document: Document, layering: Layering, options: LayoutOptions): ElkInput {
  const index = indexDocument(document);
  const horizontal = (options.direction ?? 'BT') === 'LR';
  const previous = options.previous ?? undefined;
  const boxes = new Map<string, BoxContent>();
  const children: ElkNode[] = [];
  const mainIds = document.nodes.filter((node) => layering.layerOf.has(node.id)).map((node) => node.id);

  // Order within a layer: from the previous picture when there is one; a new node goes next to its neighbours.
  const across = (position: { x: number; y: number }) => (horizontal ? position.y : position.x);
  const seedOf = new Map<string, number>();
  if (previous) {
    for (const id of mainIds) {
      const before = previous[id];
      if (before) seedOf.set(id, across(before));
    }
    for (const id of mainIds) {
      if (seedOf.has(id)) continue;
      const neighbours = [...(index.causalIn.get(id) ?? []).map((e) => e.source), ...(index.causalOut.get(id) ?? []).map((e) => e.target)]
        .map((n) => seedOf.get(n))
        .filter((v): v is number => v !== undefined);
      seedOf.set(id, neighbours.length ? neighbours.reduce((a, b) => a + b, 0) / neighbours.length + 1 : Number.MAX_SAFE_INTEGER / 4);
    }
  }
  const seeded = seedOf.size > 0 && [...seedOf.values()].some((v) => v < Number.MAX_SAFE_INTEGER / 4);

  mainIds.forEach((id, order) => {
    const node = index.nodeById.get(id)!;
    const size = sizeOf(options, id, node.kind, node.title);
    const offsets = new Map<string, { x: number; y: number; width: number; height: number }>();
    offsets.set(id, { x: 0, y: 0, ...size });
    let width = size.width;
    let height = size.height;
    const satellites = layering.satellitesOf.get(id) ?? [];
    // BT: columns of satellites to the right of the card; LR: rows of satellites below it.
    // Each line holds SATELLITES_PER_LINE; within a line they stack, each after the one before.
    let lineStart = horizontal ? size.height + SATELLITE_GAP : size.width + SATELLITE_GAP;
    let lineThickness = 0;
    let within = 0;
    satellites.forEach((satelliteId, i) => {
      const satellite = index.nodeById.get(satelliteId)!;
      const s = sizeOf(options, satelliteId, satellite.kind, satellite.title);
      if (i > 0 && i % SATELLITES_PER_LINE === 0) {
        lineStart += lineThickness + SATELLITE_GAP;
        lineThickness = 0;
        within = 0;
      }
      const x = horizontal ? within : lineStart;
      const y = horizontal ? lineStart : within;
      within += (horizontal ? s.width : s.height) + SATELLITE_GAP;
      lineThickness = Math.max(lineThickness, horizontal ? s.height : s.width);
      offsets.set(satelliteId, { x, y, ...s });
      width = Math.max(width, x + s.width);
      height = Math.max(height, y + s.height);
    });
    boxes.set(id, { host: id, size: { width, height }, offsets });
    const layer = layering.layerOf.get(id)!;
    const along = horizontal ? layer * LAYER_STEP : (layering.layerCount - layer) * LAYER_STEP;
    const acrossSeed = seedOf.get(id) ?? order;
    const x = horizontal ? along : acrossSeed;
    const y = horizontal ? acrossSeed : along;
    // x/y feed the interactive layering; semi-interactive crossing minimisation reads `elk.position`.
    children.push({ id, width, height, x, y, ...(seeded ? { layoutOptions: { 'elk.position': `(${x}, ${y})` } } : {}) });
  });

  // ELK routes every edge between two different boxes: causal edges, and the edges of indicators and
  // assumptions to anything other than their host (those start or end at the host's box; the result
  // reader attaches them to the satellite itself). Unrouted straight lines across the drawing tripled
  // the crossings on a 200-node graph.
  const edges: ElkExtendedEdge[] = [];
  const routed = new Set<string>();
  for (const edge of document.edges) {
    const source = boxOf(layering, edge.source);
    const target = boxOf(layering, edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    if (!index.nodeById.has(edge.source) || !index.nodeById.has(edge.target)) continue;
    edges.push({ id: edge.id, sources: [source], targets: [target] });
    routed.add(edge.id);
  }
  return { graph: { id: 'root', layoutOptions: elkOptions(options, seeded), children, edges }, boxes, routed };
}

import type { ElkExtendedEdge, ElkNode, LayoutOptions as ElkLayoutOptions } from 'elkjs/lib/elk-api.js';
import { indexDocument, type Document } from '@veranderlogica/core';
import { cardBox } from './box.js';
import type { Layering } from './layering.js';
import { DEFAULT_LAYER_SPACING, DEFAULT_NODE_SPACING, type LayoutOptions, type Size } from './options.js';

/** Where a card sits inside the box ELK places: the host at the origin, satellites beside it. */
export interface BoxContent {
  readonly host: string;
  readonly size: Size;
  readonly offsets: ReadonlyMap<string, { x: number; y: number; width: number; height: number }>;
}

/**
 * The port an edge end is tied to: a main card's way in or out, or a satellite's side.
 * Ports sit on the box's border where the card meets it (or straight across
 * empty box space from it), so every route can be finished on the card itself.
 */
const portId = (id: string, end: 'in' | 'out' | 'side') => `${id}\u0000${end}`;

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

/**
 * Up to this many boxes (cards with their satellites) and routed connections, node placement favours a compact
 * picture and a more thorough crossing minimisation over speed: a plan of 150 cards has about 110 of each. Network
 * simplex grows fast with the connections: 1 s for 107 (a 150-card plan), 10 s for 325 (a 200-node synthetic graph).
 */
const COMPACT_UP_TO = 120;

/** How far apart the pseudo positions of two layers are; only their order matters to ELK. */
const LAYER_STEP = 10_000;

/**
 * ELK options. Layers come from {@link assignLayers} as pseudo positions, read
 * by the INTERACTIVE layering and cycle breaking; this avoids ELK's
 * partitioning, whose constraint edges make layering explode (118 s at 1,000
 * nodes in the shared anchors).
 */
function elkOptions(options: LayoutOptions, boxes = 0, connections = 0): ElkLayoutOptions {
  const compact = boxes <= COMPACT_UP_TO && connections <= COMPACT_UP_TO;
  return {
    'elk.algorithm': 'layered',
    'elk.direction': (options.direction ?? 'BT') === 'BT' ? 'UP' : 'RIGHT',
    'elk.layered.layering.strategy': 'INTERACTIVE',
    'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
    // Semi-interactive when there are earlier positions: a later layout starts from the cards' places and keeps their
    // order, so pressing auto-layout again gives the same picture instead of a different one. Not for a first layout:
    // starting from document order, it left 15 crossings on the worked example instead of 1.
    'elk.layered.crossingMinimization.semiInteractive': options.previous ? 'true' : 'false',
    'elk.separateConnectedComponents': 'false',
    'elk.edgeRouting': 'ORTHOGONAL',
    // Network simplex places a plan's cards compactly (a 150-card plan 6,400 px wide instead of 10,400 with
    // Brandes–Köpf, whose alignment gives every parallel chain a column of its own) but grows too slow past a
    // few hundred cards (80 s at 1,000 in docs/performance.md): workshop-sized plans get it, huge graphs do not.
    'elk.layered.nodePlacement.strategy': compact ? 'NETWORK_SIMPLEX' : 'BRANDES_KOEPF',
    // Model-order constraints cost 8× at 1,000 nodes (7.5 s vs 0.9 s) for no fewer crossings. A higher thoroughness
    // (more randomised crossing-minimisation runs) buys a crossing or two on a plan (1 instead of 2 on the worked
    // example); on larger graphs one run draws as few crossings at 200 nodes and 12 % more at 1,000 (still less than
    // half of dagre's) in a third of the time of seven runs. Measured in docs/performance.md.
    'elk.layered.thoroughness': compact ? '15' : '1',
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

  mainIds.forEach((id, order) => {
    const {
      size: { width, height },
      offsets,
    } = cardBox(document, layering, options, id);
    const size = offsets.get(id)!;
    const satellites = layering.satellitesOf.get(id) ?? [];
    boxes.set(id, { host: id, size: { width, height }, offsets });
    const layer = layering.layerOf.get(id)!;
    const alongLayers = horizontal ? layer * LAYER_STEP : (layering.layerCount - layer) * LAYER_STEP;
    const acrossSeed = seedOf.get(id) ?? order;
    const x = horizontal ? alongLayers : acrossSeed;
    const y = horizontal ? acrossSeed : alongLayers;
    const port = (portFor: string, px: number, py: number, side: 'NORTH' | 'SOUTH' | 'EAST' | 'WEST') => ({
      id: portFor,
      x: px,
      y: py,
      width: 0,
      height: 0,
      layoutOptions: { 'elk.port.side': side },
    });
    const ports = horizontal
      ? [port(portId(id, 'in'), 0, size.height / 2, 'WEST'), port(portId(id, 'out'), width, size.height / 2, 'EAST')]
      : [port(portId(id, 'in'), size.width / 2, height, 'SOUTH'), port(portId(id, 'out'), size.width / 2, 0, 'NORTH')];
    for (const satelliteId of satellites) {
      const o = offsets.get(satelliteId)!;
      ports.push(
        horizontal
          ? port(portId(satelliteId, 'side'), o.x + o.width / 2, height, 'SOUTH')
          : port(portId(satelliteId, 'side'), width, o.y + o.height / 2, 'EAST'),
      );
    }
    // x/y feed the interactive layering; semi-interactive crossing minimisation reads `elk.position`.
    children.push({
      id,
      width,
      height,
      x,
      y,
      ports,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS', 'elk.position': `(${x}, ${y})` },
    });
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
    // A satellite's connection to a card in its host's layer is drawn beside the layer instead: given to ELK,
    // it would push the target into the next layer (an assumption under two interventions lifted one of them).
    if (layering.layerOf.get(source) === layering.layerOf.get(target)) continue;
    if (!index.nodeById.has(edge.source) || !index.nodeById.has(edge.target)) continue;
    // A main card's connections leave by its way out and arrive by its way in; a satellite's use its side.
    const from = layering.layerOf.has(edge.source) ? portId(edge.source, 'out') : portId(edge.source, 'side');
    const to = layering.layerOf.has(edge.target) ? portId(edge.target, 'in') : portId(edge.target, 'side');
    edges.push({ id: edge.id, sources: [from], targets: [to] });
    routed.add(edge.id);
  }
  return { graph: { id: 'root', layoutOptions: elkOptions(options, children.length, edges.length), children, edges }, boxes, routed };
}

import { indexDocument, layerBand, NODE_KIND_SPECS, type Document, type NodeKind, type ToCNode } from '@veranderlogica/core';

/** A band of a veranderlogica diagram: the layers of one chain kind (intervention, mechanism, outcome, goal). */
export type Band = NodeKind;

export interface Layering {
  /** Layer index of every main node (interventions, mechanisms, outcomes, goals), 0 = first. */
  readonly layerOf: ReadonlyMap<string, number>;
  readonly layerCount: number;
  /** Nodes in the interest sphere, beyond the line of accountability. */
  readonly interest: ReadonlySet<string>;
  /** The first layer that holds interest-sphere nodes, if any. */
  readonly firstInterestLayer: number | undefined;
  /** Indicators and assumptions, each placed beside the main node it belongs to. */
  readonly satellitesOf: ReadonlyMap<string, readonly string[]>;
  /** The main node each placed satellite sits beside. */
  readonly hostOf: ReadonlyMap<string, string>;
  /** Indicators and assumptions connected to no main node: laid out in a row of their own. */
  readonly loose: readonly string[];
}

/**
 * The group a main node is layered in, each above the previous, as its kind's module says (`band`): interventions,
 * mechanisms, outcomes by horizon, goals by level; first everything partners can be held to (control and
 * influence), then what lies beyond the line of accountability (interest).
 */
const groupOf = (node: ToCNode): number => layerBand(node) ?? -1;

const isMain = (node: ToCNode) => NODE_KIND_SPECS[node.kind].role === 'chain';

/**
 * Assigns every main node a layer: at least its group's first layer, and
 * above everything that leads to it (longest path), so causal edges point
 * one way. Indicators and assumptions are not layered: they sit beside the
 * node they measure or underlie, so they never push the layers apart.
 *
 * @example
 * const { layerOf } = assignLayers(document);
 */
export function assignLayers(document: Document): Layering {
  const index = indexDocument(document);
  const main = document.nodes.filter(isMain);
  // Topological order of the causal graph (Kahn); nodes on a cycle (an invalid file) follow in document order.
  const indegree = new Map<string, number>();
  for (const node of main) indegree.set(node.id, 0);
  for (const node of main)
    for (const edge of index.causalOut.get(node.id) ?? []) indegree.set(edge.target, (indegree.get(edge.target) ?? 0) + 1);
  const queue = main.filter((node) => indegree.get(node.id) === 0).map((node) => node.id);
  const order: string[] = [];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    order.push(id);
    for (const edge of index.causalOut.get(id) ?? []) {
      const left = indegree.get(edge.target)! - 1;
      indegree.set(edge.target, left);
      if (left === 0) queue.push(edge.target);
    }
  }
  if (order.length < main.length) {
    const seen = new Set(order);
    for (const node of main) if (!seen.has(node.id)) order.push(node.id);
  }

  const layerOf = new Map<string, number>();
  const interest = new Set<string>();
  const groups = new Map<number, string[]>();
  for (const id of order) {
    const node = index.nodeById.get(id)!;
    const group = groupOf(node);
    // Pushed, not copied: a copy per card made a 50,000-card chain take 16 s.
    const members = groups.get(group);
    if (members) members.push(id);
    else groups.set(group, [id]);
    if ('sphere' in node && node.sphere === 'interest') interest.add(id);
  }
  let next = 0;
  let firstInterestLayer: number | undefined;
  for (const group of [...groups.keys()].sort((a, b) => a - b)) {
    const start = next;
    if (group >= 8 && firstInterestLayer === undefined) firstInterestLayer = start;
    for (const id of groups.get(group)!) {
      let layer = start;
      for (const edge of index.causalIn.get(id) ?? []) {
        const before = layerOf.get(edge.source);
        if (before !== undefined) layer = Math.max(layer, before + 1);
      }
      layerOf.set(id, layer);
      next = Math.max(next, layer + 1);
    }
  }

  // Satellites: an indicator or assumption sits beside the first main node it points to,
  // or beside the host of the satellite it points to (an assumption under an indicator).
  const hostOf = new Map<string, string>();
  const satellites = document.nodes.filter((node) => !isMain(node));
  const findHost = (id: string, seen: Set<string>): string | undefined => {
    if (seen.has(id)) return undefined;
    seen.add(id);
    const edges = index.edgesFrom.get(id) ?? [];
    for (const edge of edges) if (layerOf.has(edge.target)) return edge.target;
    for (const edge of edges) {
      const host = findHost(edge.target, seen);
      if (host) return host;
    }
    return undefined;
  };
  const satellitesOf = new Map<string, string[]>();
  const loose: string[] = [];
  for (const satellite of satellites) {
    const host = findHost(satellite.id, new Set());
    if (host === undefined) {
      loose.push(satellite.id);
      continue;
    }
    hostOf.set(satellite.id, host);
    const beside = satellitesOf.get(host);
    if (beside) beside.push(satellite.id);
    else satellitesOf.set(host, [satellite.id]);
  }
  return { layerOf, layerCount: next, interest, firstInterestLayer, satellitesOf, hostOf, loose };
}

import { edgeKindFor } from '../model/connections.js';
import type { Document, Edge, ToCNode } from '../model/schema.js';
import type { EdgeKind } from '../model/vocabulary.js';

/**
 * Lookups that several rules and analyses need, built in one pass over the
 * document so that validating stays linear in its size.
 */
export interface GraphIndex {
  readonly document: Document;
  readonly nodeById: ReadonlyMap<string, ToCNode>;
  /** Allowed causal (`leads-to`) edges between existing nodes, by source id. */
  readonly causalOut: ReadonlyMap<string, readonly Edge[]>;
  /** Causal edges between existing nodes, by target id. */
  readonly causalIn: ReadonlyMap<string, readonly Edge[]>;
  /** Ids of indicators that measure each node. */
  readonly measuredBy: ReadonlyMap<string, readonly string[]>;
  /** Every edge whose source or target exists, by source id. */
  readonly edgesFrom: ReadonlyMap<string, readonly Edge[]>;
  readonly actorIds: ReadonlySet<string>;
  readonly targetGroupIds: ReadonlySet<string>;
  /** Edges with a missing source or target. */
  readonly danglingEdges: readonly Edge[];
  /** Edges between existing nodes whose kinds the model does not connect, or whose kind is not the prescribed one. */
  readonly misfitEdges: readonly { readonly edge: Edge; readonly allowed: EdgeKind | undefined }[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cache = new WeakMap<Document, GraphIndex>();

/**
 * The index for a document; cached per document object, so validation and
 * analysis of the same (immutable) document share it.
 *
 * @example
 * const index = indexDocument(document);
 * index.causalOut.get('intervention-1');
 */
export function indexDocument(document: Document): GraphIndex {
  const cached = cache.get(document);
  if (cached) return cached;
  const nodeById = new Map<string, ToCNode>();
  for (const node of document.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
  const causalOut = new Map<string, Edge[]>();
  const causalIn = new Map<string, Edge[]>();
  const measuredBy = new Map<string, string[]>();
  const edgesFrom = new Map<string, Edge[]>();
  const danglingEdges: Edge[] = [];
  const misfitEdges: { edge: Edge; allowed: EdgeKind | undefined }[] = [];
  for (const edge of document.edges) {
    const source = nodeById.get(edge.source);
    const target = nodeById.get(edge.target);
    if (!source || !target) {
      danglingEdges.push(edge);
      continue;
    }
    push(edgesFrom, edge.source, edge);
    // Only connections the model allows carry meaning; forbidden ones are reported once, by their own rule.
    const allowed = edgeKindFor(source.kind, target.kind);
    if (allowed !== edge.kind) {
      if (edge.source !== edge.target) misfitEdges.push({ edge, allowed });
      continue;
    }
    if (allowed === 'leads-to') {
      push(causalOut, edge.source, edge);
      push(causalIn, edge.target, edge);
    } else if (allowed === 'measures') {
      push(measuredBy, edge.target, edge.source);
    }
  }
  const index: GraphIndex = {
    document,
    nodeById,
    causalOut,
    causalIn,
    measuredBy,
    edgesFrom,
    actorIds: new Set(document.actors.map((actor) => actor.id)),
    targetGroupIds: new Set(document.targetGroups.map((group) => group.id)),
    danglingEdges,
    misfitEdges,
  };
  cache.set(document, index);
  return index;
}

/**
 * Every node reachable from `starts` along causal edges, forwards (`out`) or
 * backwards (`in`), the starts included.
 */
export function reachable(index: GraphIndex, starts: Iterable<string>, direction: 'out' | 'in'): Set<string> {
  const adjacency = direction === 'out' ? index.causalOut : index.causalIn;
  const seen = new Set<string>(starts);
  const stack = [...seen];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const edge of adjacency.get(id) ?? []) {
      const next = direction === 'out' ? edge.target : edge.source;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** How a message names a card: by its title (the formatter quotes it, or says "(zonder titel)"). */
export interface NodeRef {
  readonly title: string;
}

/**
 * A card as a message names it: its title, never its id.
 *
 * @example
 * report([id], { node: refOf(index, id) }); // renders as "Minder seksueel geweld"
 */
export function refOf(index: GraphIndex, id: string): NodeRef {
  return { title: index.nodeById.get(id)?.title ?? '' };
}

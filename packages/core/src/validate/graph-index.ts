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

/** What the index knows of one card: the card and its connections, each list made on first use. */
interface NodeEntry {
  readonly node: ToCNode;
  out: Edge[] | undefined;
  in: Edge[] | undefined;
  from: Edge[] | undefined;
  measuredBy: string[] | undefined;
}

/**
 * A read-only map over one field of the entries: one `Map` of cards holds
 * every list, so building the index costs one lookup per connection end
 * instead of one per list.
 */
class EntryView<V> implements ReadonlyMap<string, V> {
  readonly #entries: ReadonlyMap<string, NodeEntry>;
  readonly #pick: (entry: NodeEntry) => V | undefined;
  #size: number | undefined;
  constructor(entries: ReadonlyMap<string, NodeEntry>, pick: (entry: NodeEntry) => V | undefined) {
    this.#entries = entries;
    this.#pick = pick;
  }
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    return entry === undefined ? undefined : this.#pick(entry);
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  get size(): number {
    if (this.#size === undefined) {
      let size = 0;
      for (const entry of this.#entries.values()) if (this.#pick(entry) !== undefined) size++;
      this.#size = size;
    }
    return this.#size;
  }
  *entries(): MapIterator<[string, V]> {
    for (const [key, entry] of this.#entries) {
      const value = this.#pick(entry);
      if (value !== undefined) yield [key, value];
    }
  }
  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }
  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
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
  const entries = new Map<string, NodeEntry>();
  for (const node of document.nodes) {
    if (!entries.has(node.id)) entries.set(node.id, { node, out: undefined, in: undefined, from: undefined, measuredBy: undefined });
  }
  const danglingEdges: Edge[] = [];
  const misfitEdges: { edge: Edge; allowed: EdgeKind | undefined }[] = [];
  for (const edge of document.edges) {
    const source = entries.get(edge.source);
    const target = entries.get(edge.target);
    if (!source || !target) {
      danglingEdges.push(edge);
      continue;
    }
    (source.from ??= []).push(edge);
    // Only connections the model allows carry meaning; forbidden ones are reported once, by their own rule.
    const allowed = edgeKindFor(source.node.kind, target.node.kind);
    if (allowed !== edge.kind) {
      if (edge.source !== edge.target) misfitEdges.push({ edge, allowed });
      continue;
    }
    if (allowed === 'leads-to') {
      (source.out ??= []).push(edge);
      (target.in ??= []).push(edge);
    } else if (allowed === 'measures') {
      (target.measuredBy ??= []).push(edge.source);
    }
  }
  const index: GraphIndex = {
    document,
    nodeById: new EntryView(entries, (entry) => entry.node),
    causalOut: new EntryView(entries, (entry) => entry.out),
    causalIn: new EntryView(entries, (entry) => entry.in),
    measuredBy: new EntryView(entries, (entry) => entry.measuredBy),
    edgesFrom: new EntryView(entries, (entry) => entry.from),
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

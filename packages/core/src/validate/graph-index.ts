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
  /** The causal connections by card position, for walks over the whole graph without a lookup per step. */
  readonly causal: CausalGraph;
}

/**
 * The allowed causal connections in compressed rows: card `i` (its position
 * among the unique card ids, `ids[i]`) leads to `outTargets[outOffsets[i] ..
 * outOffsets[i + 1])` and is led to from `inSources[inOffsets[i] .. inOffsets[i + 1])`.
 */
export interface CausalGraph {
  readonly ids: readonly string[];
  /** The card at each position. */
  readonly nodes: readonly ToCNode[];
  readonly positionOf: (id: string) => number;
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
}

/** What the index knows of one card: the card and its connections, each list made on first use. */
interface NodeEntry {
  readonly node: ToCNode;
  /** Position among the unique card ids. */
  readonly position: number;
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
  const ids: string[] = [];
  const nodes: ToCNode[] = [];
  for (const node of document.nodes) {
    if (entries.has(node.id)) continue;
    entries.set(node.id, { node, position: ids.length, out: undefined, in: undefined, from: undefined, measuredBy: undefined });
    ids.push(node.id);
    nodes.push(node);
  }
  // Causal connections as pairs of positions, sorted into compressed rows below.
  const sources = new Int32Array(document.edges.length);
  const targets = new Int32Array(document.edges.length);
  let causalCount = 0;
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
      sources[causalCount] = source.position;
      targets[causalCount++] = target.position;
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
    causal: causalGraph(ids, nodes, (id) => entries.get(id)?.position ?? -1, sources, targets, causalCount),
  };
  cache.set(document, index);
  return index;
}

/** Sorts pairs of positions into compressed rows, both ways (a counting sort: linear). */
function causalGraph(
  ids: readonly string[],
  nodes: readonly ToCNode[],
  positionOf: (id: string) => number,
  sources: Int32Array,
  targets: Int32Array,
  count: number,
): CausalGraph {
  const rows = (from: Int32Array, to: Int32Array) => {
    const offsets = new Int32Array(ids.length + 1);
    for (let k = 0; k < count; k++) offsets[from[k]! + 1]!++;
    for (let i = 0; i < ids.length; i++) offsets[i + 1]! += offsets[i]!;
    const next = offsets.slice(0, ids.length);
    const list = new Int32Array(count);
    for (let k = 0; k < count; k++) list[next[from[k]!]!++] = to[k]!;
    return { offsets, list };
  };
  const out = rows(sources, targets);
  const into = rows(targets, sources);
  return { ids, nodes, positionOf, outOffsets: out.offsets, outTargets: out.list, inOffsets: into.offsets, inSources: into.list };
}

/** Which cards a walk reached: answers by id, stored as one mark per card position. */
export interface Reached {
  has(id: string): boolean;
}

/**
 * Every node reachable from `starts` along causal edges, forwards (`out`) or
 * backwards (`in`), the starts included. Walks the index's compressed rows
 * with one mark per card, so a walk over 10,000 cards allocates one small array.
 */
export function reachable(index: GraphIndex, starts: Iterable<string>, direction: 'out' | 'in'): Reached {
  const { ids, positionOf, outOffsets, outTargets, inOffsets, inSources } = index.causal;
  const offsets = direction === 'out' ? outOffsets : inOffsets;
  const list = direction === 'out' ? outTargets : inSources;
  const marks = new Uint8Array(ids.length);
  const stack: number[] = [];
  const extra = new Set<string>();
  for (const id of starts) {
    const position = positionOf(id);
    if (position < 0) extra.add(id);
    else if (!marks[position]) {
      marks[position] = 1;
      stack.push(position);
    }
  }
  while (stack.length > 0) {
    const i = stack.pop()!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = list[k]!;
      if (!marks[j]) {
        marks[j] = 1;
        stack.push(j);
      }
    }
  }
  return {
    has(id: string) {
      const position = positionOf(id);
      return position < 0 ? extra.has(id) : marks[position] === 1;
    },
  };
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

/**
 * Calls `visit` for every allowed causal connection, by card: a walk over
 * the compressed rows that looks nothing up. `edgeOf` finds the connection
 * itself, for the few a rule reports.
 */
export function forEachCausal(index: GraphIndex, visit: (from: ToCNode, to: ToCNode) => void): void {
  const { nodes, outOffsets, outTargets } = index.causal;
  for (let i = 0; i < nodes.length; i++) {
    for (let k = outOffsets[i]!; k < outOffsets[i + 1]!; k++) visit(nodes[i]!, nodes[outTargets[k]!]!);
  }
}

/** The causal connection from one card to another (the first, if there are several). */
export function edgeOf(index: GraphIndex, from: string, to: string): Edge {
  return index.causalOut.get(from)!.find((edge) => edge.target === to)!;
}

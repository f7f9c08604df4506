import { edgeKindFor } from '../model/connections.js';
import { KIND_ORDER } from '../model/kinds.js';
import type { Document, Edge, ToCNode } from '../model/schema.js';
import type { EdgeKind } from '../model/vocabulary.js';
import { Int32Block, withScratch } from './int32-block.js';
import { StringTable } from './string-table.js';

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
  /** Connections from a card to itself (whether that card exists or not), in document order. */
  readonly selfLoops: readonly Edge[];
  /** The causal connections by card position, for walks over the whole graph without a lookup per step. */
  readonly causal: CausalGraph;
  /** The cards of each kind, in document order (each id once). */
  readonly nodesOfKind: (kind: ToCNode['kind']) => readonly ToCNode[];
  /** The positions of those cards, in the same order. */
  readonly positionsOfKind: (kind: ToCNode['kind']) => readonly number[];
}

/**
 * The allowed causal connections in compressed rows: card `i` (its position
 * among the unique card ids, `ids[i]`) leads to `outTargets[outOffsets[i] ..
 * outOffsets[i + 1])` and is led to from `inSources[inOffsets[i] .. inOffsets[i + 1])`.
 * `fromOffsets`/`fromEdges` hold every connection between existing cards by
 * source (indexes into `document.edges`), with `edgeTargets` the position of
 * each connection's target.
 */
export interface CausalGraph {
  readonly ids: readonly string[];
  /**
   * The title of the card at each position, read from the cards the first time a check asks and then kept: cards of
   * different kinds have different shapes, and a loop that reads a field of every card pays for that on each read.
   */
  readonly titles: readonly string[];
  /** The card at each position. */
  readonly nodes: readonly ToCNode[];
  readonly positionOf: (id: string) => number;
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  /** The connection of each entry of `outTargets`, as an index into `document.edges`. */
  readonly outEdges: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly fromOffsets: Int32Array;
  readonly fromEdges: Int32Array;
  readonly edgeTargets: Int32Array;
  /** Rows of measuring connections by target: a card at `i` is measured when `measuredOffsets[i] < measuredOffsets[i + 1]`. */
  readonly measuredOffsets: Int32Array;
}

/**
 * Whether row `position` of compressed rows has anything in it.
 *
 * @example
 * hasRow(index.causal.inOffsets, position); // something leads to the card
 */
export function hasRow(offsets: Int32Array, position: number): boolean {
  return offsets[position]! < offsets[position + 1]!;
}

/** Rows of edge indexes per card position (a counting sort of `keys`, stable in edge order). */
interface Rows {
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

/** Where each card's row starts, for `count` entries keyed by card position (`cards + 1` offsets). */
function offsetsOf(cards: number, keys: Int32Array, count: number, block: Int32Block): Int32Array {
  const offsets = block.take(cards + 1);
  for (let k = 0; k < count; k++) offsets[keys[k]! + 1]!++;
  for (let i = 0; i < cards; i++) offsets[i + 1]! += offsets[i]!;
  return offsets;
}

/** The entries `values` sorted into the rows `offsets` by their `keys`; `next` is working space of one entry per card. */
function itemsOf(
  offsets: Int32Array,
  keys: Int32Array,
  values: Int32Array,
  count: number,
  block: Int32Block,
  next: Int32Array,
): Int32Array {
  for (let i = 0; i < offsets.length - 1; i++) next[i] = offsets[i]!;
  const items = block.take(count);
  for (let k = 0; k < count; k++) items[next[keys[k]!]!++] = values[k]!;
  return items;
}

function rowsOf(cards: number, keys: Int32Array, values: Int32Array, count: number, block: Int32Block, next: Int32Array): Rows {
  const offsets = offsetsOf(cards, keys, count, block);
  return { offsets, items: itemsOf(offsets, keys, values, count, block, next) };
}

/**
 * A read-only map from card id to one row of the index, made into a list the
 * first time it is asked for (and then kept): checks that only ask whether a
 * card has connections never build a list.
 */
class RowView<V> implements ReadonlyMap<string, readonly V[]> {
  readonly #positionOf: (id: string) => number;
  readonly #ids: readonly string[];
  readonly #rows: Rows;
  readonly #item: (index: number) => V;
  readonly #made: (readonly V[] | undefined)[] = [];
  constructor(ids: readonly string[], positionOf: (id: string) => number, rows: Rows, item: (index: number) => V) {
    this.#ids = ids;
    this.#positionOf = positionOf;
    this.#rows = rows;
    this.#item = item;
  }
  #at(position: number): readonly V[] | undefined {
    const { offsets, items } = this.#rows;
    const start = offsets[position]!;
    const end = offsets[position + 1]!;
    if (start === end) return undefined;
    let list = this.#made[position];
    if (!list) {
      const made: V[] = [];
      for (let k = start; k < end; k++) made.push(this.#item(items[k]!));
      this.#made[position] = list = made;
    }
    return list;
  }
  get(key: string): readonly V[] | undefined {
    const position = this.#positionOf(key);
    return position < 0 ? undefined : this.#at(position);
  }
  has(key: string): boolean {
    const position = this.#positionOf(key);
    return position >= 0 && this.#rows.offsets[position]! < this.#rows.offsets[position + 1]!;
  }
  get size(): number {
    let size = 0;
    for (let i = 0; i < this.#ids.length; i++) if (this.#rows.offsets[i]! < this.#rows.offsets[i + 1]!) size++;
    return size;
  }
  *entries(): MapIterator<[string, readonly V[]]> {
    for (let i = 0; i < this.#ids.length; i++) {
      const list = this.#at(i);
      if (list) yield [this.#ids[i]!, list];
    }
  }
  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }
  *values(): MapIterator<readonly V[]> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): MapIterator<[string, readonly V[]]> {
    return this.entries();
  }
  forEach(callback: (value: readonly V[], key: string, map: ReadonlyMap<string, readonly V[]>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** The cards by id, read from the position map. */
class NodeView implements ReadonlyMap<string, ToCNode> {
  readonly #positions: StringTable;
  readonly #nodes: readonly ToCNode[];
  constructor(positions: StringTable, nodes: readonly ToCNode[]) {
    this.#positions = positions;
    this.#nodes = nodes;
  }
  get(key: string): ToCNode | undefined {
    const position = this.#positions.get(key);
    return position < 0 ? undefined : this.#nodes[position];
  }
  has(key: string): boolean {
    return this.#positions.has(key);
  }
  get size(): number {
    return this.#nodes.length;
  }
  *entries(): MapIterator<[string, ToCNode]> {
    for (const node of this.#nodes) yield [node.id, node];
  }
  *keys(): MapIterator<string> {
    for (const node of this.#nodes) yield node.id;
  }
  *values(): MapIterator<ToCNode> {
    yield* this.#nodes;
  }
  [Symbol.iterator](): MapIterator<[string, ToCNode]> {
    return this.entries();
  }
  forEach(callback: (value: ToCNode, key: string, map: ReadonlyMap<string, ToCNode>) => void): void {
    for (const node of this.#nodes) callback(node, node.id, this);
  }
}

const cache = new WeakMap<Document, GraphIndex>();
const tables = new WeakMap<GraphIndex, StringTable>();

/**
 * The index's table of card positions by id, for checks that hash an id once
 * and look it up in more than one table (not exported from the package).
 */
export function positionTable(index: GraphIndex): StringTable {
  let table = tables.get(index);
  if (!table) {
    // An index not made by indexDocument (the type is public, and so are the rules' checks): a table of its cards.
    table = new StringTable(index.causal.ids.length);
    for (let i = 0; i < index.causal.ids.length; i++) table.add(index.causal.ids[i]!, i);
    tables.set(index, table);
  }
  return table;
}

/** A kind's place in the kind registry, or -1 for a name that is no kind. */
function kindCode(kind: string): number {
  // Lengths first: comparing a name read from a file with one that is not the same length is a call saved.
  for (let i = 0; i < KIND_ORDER.length; i++) if (KIND_ORDER[i]!.length === kind.length && KIND_ORDER[i] === kind) return i;
  return -1;
}

/** The connection the model allows between two kinds, by their places in the registry: one table read per connection. */
const ALLOWED: (EdgeKind | undefined)[] = KIND_ORDER.flatMap((source) => KIND_ORDER.map((target) => edgeKindFor(source, target)));

function allowedKind(source: number, target: number): EdgeKind | undefined {
  return source < 0 || target < 0 ? undefined : ALLOWED[source * KIND_ORDER.length + target];
}

/**
 * The index for a document; cached per document object, so validation and
 * analysis of the same (immutable) document share it. Built in one pass:
 * card positions, then every connection sorted into compressed rows.
 *
 * @example
 * const index = indexDocument(document);
 * index.causalOut.get('intervention-1');
 */
export function indexDocument(document: Document): GraphIndex {
  const cached = cache.get(document);
  if (cached) return cached;
  // The working arrays, dropped once the index is made, in one block of the checks' shared working space: each card's
  // kind as a small number (its place in the kind registry, read once: a kind name read from a file is a string of
  // its own per card, and every lookup keyed by it would hash it again), the cards per kind, and per connection
  // between existing cards its source and target position and which rows it joins.
  const size = 2 * document.nodes.length + KIND_ORDER.length + 7 * document.edges.length;
  const index = withScratch(size, (space) => buildIndex(document, new Int32Block(space)));
  cache.set(document, index);
  return index;
}

function buildIndex(document: Document, work: Int32Block): GraphIndex {
  // Lists made at their final length and loops by index: validation reads a freshly parsed plan once, and what it
  // allocates on the way (grown lists, iterator steps) costs collections that copy the whole plan.
  const all = document.nodes;
  const m = document.edges.length;
  // What the index keeps, in one block sized for the most the plan can need (its rows hold at most every card once
  // and every connection four times): the table of card positions, the target of each connection, and the rows.
  const kept = new Int32Block(StringTable.storageFor(all.length) + 4 * (all.length + 1) + 7 * m);
  const positions = new StringTable(all.length, { storage: kept.take(StringTable.storageFor(all.length)) });
  const ids = new Array<string>(all.length);
  const nodes = new Array<ToCNode>(all.length);
  const kinds = work.take(all.length);
  const next = work.take(all.length);
  const perKind = work.take(KIND_ORDER.length);
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    const node = all[i]!;
    if (positions.add(node.id, n) >= 0) continue;
    ids[n] = node.id;
    nodes[n] = node;
    const kind = kindCode(node.kind);
    kinds[n++] = kind;
    if (kind >= 0) perKind[kind]!++;
  }
  ids.length = n;
  nodes.length = n;
  const byKind: ToCNode[][] = [];
  const positionsByKind: number[][] = [];
  for (let kind = 0; kind < KIND_ORDER.length; kind++) {
    byKind.push(new Array<ToCNode>(perKind[kind]!));
    positionsByKind.push(new Array<number>(perKind[kind]!));
  }
  perKind.fill(0);
  for (let position = 0; position < n; position++) {
    const kind = kinds[position]!;
    if (kind < 0) continue;
    const at = perKind[kind]!++;
    byKind[kind]![at] = nodes[position]!;
    positionsByKind[kind]![at] = position;
  }
  const positionOf = (id: string) => positions.get(id);
  const fromKeys = work.take(m);
  const fromValues = work.take(m);
  const causalSources = work.take(m);
  const causalTargets = work.take(m);
  const causalEdges = work.take(m);
  const measureTargets = work.take(m);
  const measureEdges = work.take(m);
  const edgeTargets = kept.take(m).fill(-1);
  let fromCount = 0;
  let causalCount = 0;
  let measureCount = 0;
  const danglingEdges: Edge[] = [];
  const misfitEdges: { edge: Edge; allowed: EdgeKind | undefined }[] = [];
  const selfLoops: Edge[] = [];
  for (let k = 0; k < m; k++) {
    const edge = document.edges[k]!;
    const source = positions.get(edge.source);
    const target = positions.get(edge.target);
    if (source < 0 || target < 0) {
      danglingEdges.push(edge);
      if (edge.source === edge.target) selfLoops.push(edge);
      continue;
    }
    fromKeys[fromCount] = source;
    fromValues[fromCount++] = k;
    edgeTargets[k] = target;
    if (source === target) selfLoops.push(edge);
    // Only connections the model allows carry meaning; forbidden ones are reported once, by their own rule.
    const allowed = allowedKind(kinds[source]!, kinds[target]!);
    if (allowed !== edge.kind) {
      if (source !== target) misfitEdges.push({ edge, allowed });
      continue;
    }
    if (allowed === 'leads-to') {
      causalSources[causalCount] = source;
      causalTargets[causalCount] = target;
      causalEdges[causalCount++] = k;
    } else if (allowed === 'measures') {
      measureTargets[measureCount] = target;
      measureEdges[measureCount++] = k;
    }
  }
  const from = rowsOf(n, fromKeys, fromValues, fromCount, kept, next);
  const out = rowsOf(n, causalSources, causalEdges, causalCount, kept, next);
  const into = rowsOf(n, causalTargets, causalEdges, causalCount, kept, next);
  const measured = rowsOf(n, measureTargets, measureEdges, measureCount, kept, next);
  const outTargets = kept.take(causalCount);
  for (let k = 0; k < causalCount; k++) outTargets[k] = edgeTargets[out.items[k]!]!;
  const inSources = itemsOf(into.offsets, causalTargets, causalSources, causalCount, kept, next);
  const edgeAt = (k: number) => document.edges[k]!;
  let titles: string[] | undefined;
  const index: GraphIndex = {
    document,
    nodeById: new NodeView(positions, nodes),
    causalOut: new RowView(ids, positionOf, out, edgeAt),
    causalIn: new RowView(ids, positionOf, into, edgeAt),
    measuredBy: new RowView(ids, positionOf, measured, (k) => document.edges[k]!.source),
    edgesFrom: new RowView(ids, positionOf, from, edgeAt),
    actorIds: new Set(document.actors.map((actor) => actor.id)),
    targetGroupIds: new Set(document.targetGroups.map((group) => group.id)),
    danglingEdges,
    misfitEdges,
    selfLoops,
    nodesOfKind: (kind) => byKind[kindCode(kind)] ?? [],
    positionsOfKind: (kind) => positionsByKind[kindCode(kind)] ?? [],
    causal: {
      ids,
      get titles() {
        if (!titles) {
          titles = new Array<string>(n);
          for (let i = 0; i < n; i++) titles[i] = nodes[i]!.title;
        }
        return titles;
      },
      nodes,
      positionOf,
      outOffsets: out.offsets,
      outTargets,
      outEdges: out.items,
      inOffsets: into.offsets,
      inSources,
      fromOffsets: from.offsets,
      fromEdges: from.items,
      edgeTargets,
      measuredOffsets: measured.offsets,
    },
  };
  tables.set(index, positions);
  return index;
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
  const { positionOf } = index.causal;
  const positions: number[] = [];
  const extra = new Set<string>();
  for (const id of starts) {
    const position = positionOf(id);
    if (position < 0) extra.add(id);
    else positions.push(position);
  }
  const marks = reachableFrom(index, positions, direction);
  return {
    has(id: string) {
      const position = positionOf(id);
      return position < 0 ? extra.has(id) : marks[position] === 1;
    },
  };
}

/**
 * The same walk from card positions: one mark per position (1 where reached), for checks that go by position and
 * need no lookup by id at all.
 *
 * @example
 * const marks = reachableFrom(index, index.positionsOfKind('goal'), 'in');
 */
export function reachableFrom(index: GraphIndex, starts: readonly number[], direction: 'out' | 'in'): Uint8Array {
  const { ids, outOffsets, outTargets, inOffsets, inSources } = index.causal;
  const offsets = direction === 'out' ? outOffsets : inOffsets;
  const list = direction === 'out' ? outTargets : inSources;
  // Each card is pushed at most once: a stack of one slot per card never overflows. Marks and stack share one buffer
  // (one allocation; the stack starts at the first multiple of four after the marks).
  const buffer = new ArrayBuffer(((ids.length + 3) & ~3) + 4 * ids.length);
  const marks = new Uint8Array(buffer, 0, ids.length);
  const stack = new Int32Array(buffer, (ids.length + 3) & ~3, ids.length);
  let top = 0;
  for (let s = 0; s < starts.length; s++) {
    const position = starts[s]!;
    if (!marks[position]) {
      marks[position] = 1;
      stack[top++] = position;
    }
  }
  while (top > 0) {
    const i = stack[--top]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = list[k]!;
      if (!marks[j]) {
        marks[j] = 1;
        stack[top++] = j;
      }
    }
  }
  return marks;
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
 * A card in hand as a message names it (no lookup by id).
 *
 * @example
 * report([node.id], { node: nodeRef(node) });
 */
export function nodeRef(card: { readonly title: string }): NodeRef {
  return { title: card.title };
}

/**
 * Whether the card at `position` has a connection of a kind going out of it,
 * read from the compressed rows without building a list.
 */
export function hasEdgeFrom(index: GraphIndex, position: number, kind: Edge['kind']): boolean {
  const { fromOffsets, fromEdges } = index.causal;
  const edges = index.document.edges;
  for (let k = fromOffsets[position]!; k < fromOffsets[position + 1]!; k++) if (edges[fromEdges[k]!]!.kind === kind) return true;
  return false;
}

import { LayoutSchema, WorkshopSchema, type Document } from '../model/schema.js';

type Loose = Record<string, unknown>;
type Item = Loose & { readonly id: string };

/**
 * The lists of records with ids a document holds, and where each lives. One
 * registry for every place that needs them: the diff by id, undo by id, and
 * the binding to a shared (Yjs) document.
 */
export const RECORD_PARTS = {
  nodes: ['nodes'],
  edges: ['edges'],
  actors: ['actors'],
  targetGroups: ['targetGroups'],
  groups: ['groups'],
  sources: ['sources'],
  versions: ['versions'],
  facts: ['context', 'facts'],
  parkingLot: ['workshop', 'parkingLot'],
  comments: ['comments'],
  suggestions: ['suggestions'],
  reviews: ['reviews'],
} as const satisfies Record<string, readonly string[]>;

/** A list of records with ids (nodes, edges, partners, …). */
export type RecordPart = keyof typeof RECORD_PARTS;

/** The containers whose own fields are compared one by one; the rest of the document is compared per top-level key. */
export const CONTAINERS = ['scope', 'context', 'layout', 'workshop', 'meta'] as const;
/** The containers a document may lack; an operation creates them with their defaults. */
export const OPTIONAL_CONTAINERS = { layout: () => LayoutSchema.parse({}), workshop: () => WorkshopSchema.parse({}) } as const;
export type OptionalContainer = keyof typeof OPTIONAL_CONTAINERS;

/** Keys inside containers that are not plain fields: lists of records and maps keyed by card id. */
const PART_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  '': new Set([
    'nodes',
    'edges',
    'actors',
    'targetGroups',
    'groups',
    'sources',
    'versions',
    'comments',
    'suggestions',
    'reviews',
    ...CONTAINERS,
  ]),
  context: new Set(['facts']),
  layout: new Set(['positions']),
  workshop: new Set(['parkingLot', 'votes']),
};

/**
 * One change by id, as data: what a writer did, in terms that still make
 * sense after other writers changed the document (no array positions, except
 * `index` as a hint for where a removed record goes back).
 *
 * @example
 * const records = diffDocument(before, after).filter((change: Change) => change.type === 'record');
 */
export type Change =
  /** A field of the document or of one of its containers (`['title']`, `['scope', 'name']`); `undefined` is absent. */
  | { readonly type: 'field'; readonly path: readonly string[]; readonly before: unknown; readonly after: unknown }
  /** `layout` or `workshop` came into being (or went). */
  | { readonly type: 'container'; readonly name: OptionalContainer; readonly created: boolean }
  /** A whole record added (`before` undefined) or removed (`after` undefined). */
  | {
      readonly type: 'record';
      readonly part: RecordPart;
      readonly id: string;
      readonly index: number;
      readonly before: Item | undefined;
      readonly after: Item | undefined;
    }
  /** One field of a record. */
  | {
      readonly type: 'recordField';
      readonly part: RecordPart;
      readonly id: string;
      readonly field: string;
      readonly before: unknown;
      readonly after: unknown;
    }
  /** One member of a record's list of ids or words (partners, target groups, tags) added or taken off. */
  | {
      readonly type: 'member';
      readonly part: RecordPart;
      readonly id: string;
      readonly field: string;
      readonly member: string;
      readonly index: number;
      readonly added: boolean;
    }
  /** A card's position. */
  | { readonly type: 'position'; readonly id: string; readonly before: unknown; readonly after: unknown }
  /** Dots on a card, as a difference, so dots placed at the same time all count. */
  | { readonly type: 'votes'; readonly id: string; readonly delta: number };

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Structural equality of JSON values.
 *
 * @example
 * jsonEqual({ a: [1, 2] }, { a: [1, 2] }); // true
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Loose)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Loose)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const key of ka) if (!Object.hasOwn(b, key) || !jsonEqual((a as Loose)[key], (b as Loose)[key])) return false;
  return true;
}

/**
 * A list of distinct strings (partners, target groups, tags): such fields
 * change member by member, so two writers ticking different partners both count.
 *
 * @example
 * isStringSet(['p1', 'p2']); // true
 */
export function isStringSet(value: unknown): value is readonly string[] {
  if (!Array.isArray(value)) return false;
  for (const entry of value) if (typeof entry !== 'string') return false;
  return new Set(value).size === value.length;
}

const own = (object: unknown, key: string): unknown => (isRecord(object) && Object.hasOwn(object, key) ? object[key] : undefined);

function at(document: unknown, path: readonly string[]): unknown {
  let value = document;
  for (const key of path) value = own(value, key);
  return value;
}

function diffRecord(part: RecordPart, before: Item, after: Item, out: Change[]): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    const a = own(before, field);
    const b = own(after, field);
    if (a === b || jsonEqual(a, b)) continue;
    if (isStringSet(a) && isStringSet(b)) {
      const had = new Set(a);
      const has = new Set(b);
      a.forEach((member, index) => {
        if (!has.has(member)) out.push({ type: 'member', part, id: after.id, field, member, index, added: false });
      });
      b.forEach((member, index) => {
        if (!had.has(member)) out.push({ type: 'member', part, id: after.id, field, member, index, added: true });
      });
    } else {
      out.push({ type: 'recordField', part, id: after.id, field, before: a, after: b });
    }
  }
}

/** How far ahead the walk looks for a record before it calls the one at hand new. */
const LOOK_AHEAD = 64;

function diffRecords(part: RecordPart, before: readonly Item[], after: readonly Item[], out: Change[]): void {
  if (before === after) return;
  const shared = Math.min(before.length, after.length);
  let start = 0;
  // The usual edit keeps every record where it was: compare by reference, position by position, from both ends.
  for (; start < shared && before[start]!.id === after[start]!.id; start++) {
    if (before[start] !== after[start]) diffRecord(part, before[start]!, after[start]!, out);
  }
  let endBefore = before.length;
  let endAfter = after.length;
  const tail: Change[] = [];
  for (; endBefore > start && endAfter > start && before[endBefore - 1]!.id === after[endAfter - 1]!.id; endBefore--, endAfter--) {
    if (before[endBefore - 1] !== after[endAfter - 1]) diffRecord(part, before[endBefore - 1]!, after[endAfter - 1]!, tail);
  }
  // In between, walk both lists: a record missing ahead is a candidate removal, one not found nearby a candidate addition.
  const removed: number[] = [];
  const added: number[] = [];
  let i = start;
  let j = start;
  while (i < endBefore && j < endAfter) {
    if (before[i]!.id === after[j]!.id) {
      if (before[i] !== after[j]) diffRecord(part, before[i]!, after[j]!, out);
      i++;
      j++;
      continue;
    }
    let found = -1;
    for (let d = 1; d <= LOOK_AHEAD && i + d < endBefore; d++) {
      if (before[i + d]!.id === after[j]!.id) {
        found = i + d;
        break;
      }
    }
    if (found < 0) added.push(j++);
    else while (i < found) removed.push(i++);
  }
  while (i < endBefore) removed.push(i++);
  while (j < endAfter) added.push(j++);
  // A candidate on both sides moved rather than came or went: compared, not added or removed.
  const addedAt = new Map<string, number>();
  for (const k of added) addedAt.set(after[k]!.id, k);
  const moved = new Set<number>();
  for (const k of removed) {
    const record = before[k]!;
    const m = addedAt.get(record.id);
    if (m === undefined) out.push({ type: 'record', part, id: record.id, index: k, before: record, after: undefined });
    else {
      moved.add(m);
      if (after[m] !== record) diffRecord(part, record, after[m]!, out);
    }
  }
  for (const k of added) {
    if (!moved.has(k)) out.push({ type: 'record', part, id: after[k]!.id, index: k, before: undefined, after: after[k] });
  }
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]!);
}

function diffFields(path: readonly string[], before: unknown, after: unknown, out: Change[]): void {
  const skip = PART_KEYS[path.join('.')] ?? new Set<string>();
  const keys = new Set([...(isRecord(before) ? Object.keys(before) : []), ...(isRecord(after) ? Object.keys(after) : [])]);
  for (const key of keys) {
    if (skip.has(key)) continue;
    const a = own(before, key);
    const b = own(after, key);
    if (a !== b && !jsonEqual(a, b)) out.push({ type: 'field', path: [...path, key], before: a, after: b });
  }
}

/**
 * What changed between two documents, record by record and field by field,
 * named by id. Unchanged parts shared between the two (as operations leave
 * them) are skipped by reference, so an edit of one card in 10,000 costs a
 * pass of reference comparisons.
 *
 * @example
 * const changes = diffDocument(before, after);
 * changes.filter((c) => c.type === 'record'); // cards, connections, partners added or removed
 */
export function diffDocument(before: Document, after: Document): Change[] {
  const out: Change[] = [];
  if (before === after) return out;
  const created: Change[] = [];
  const removed: Change[] = [];
  for (const name of Object.keys(OPTIONAL_CONTAINERS) as OptionalContainer[]) {
    if (!before[name] && after[name]) created.push({ type: 'container', name, created: true });
    if (before[name] && !after[name]) removed.push({ type: 'container', name, created: false });
  }
  out.push(...created);
  diffFields([], before, after, out);
  for (const container of CONTAINERS) {
    const a = own(before, container);
    const b = own(after, container);
    if (a !== b) diffFields([container], a, b, out);
  }
  for (const [part, path] of Object.entries(RECORD_PARTS) as [RecordPart, readonly string[]][]) {
    const a = (at(before, path) ?? []) as readonly Item[];
    const b = (at(after, path) ?? []) as readonly Item[];
    diffRecords(part, a, b, out);
  }
  const positionsBefore = (before.layout?.positions ?? {}) as Loose;
  const positionsAfter = (after.layout?.positions ?? {}) as Loose;
  if (positionsBefore !== positionsAfter) {
    for (const id of new Set([...Object.keys(positionsBefore), ...Object.keys(positionsAfter)])) {
      const a = own(positionsBefore, id);
      const b = own(positionsAfter, id);
      if (a !== b && !jsonEqual(a, b)) out.push({ type: 'position', id, before: a, after: b });
    }
  }
  const votesBefore = before.workshop?.votes ?? {};
  const votesAfter = after.workshop?.votes ?? {};
  if (votesBefore !== votesAfter) {
    for (const id of new Set([...Object.keys(votesBefore), ...Object.keys(votesAfter)])) {
      const delta = ((own(votesAfter, id) as number | undefined) ?? 0) - ((own(votesBefore, id) as number | undefined) ?? 0);
      if (delta !== 0) out.push({ type: 'votes', id, delta });
    }
  }
  out.push(...removed);
  return out;
}

/** A mutable copy of a document, copying each container at most once. */
class Workbench {
  readonly root: Loose;
  #copied = new Set<unknown>();
  constructor(document: Document) {
    this.root = { ...document };
    this.#copied.add(this.root);
  }

  /** The container at `path`, copied for writing; `undefined` when a part of the path is missing. */
  object(path: readonly string[]): Loose | undefined {
    let parent = this.root;
    for (const key of path) {
      const child = own(parent, key);
      if (!isRecord(child)) return undefined;
      parent[key] = this.#own(child);
      parent = parent[key] as Loose;
    }
    return parent;
  }

  /** The list of records of a part, copied for writing (created when its container exists). */
  list(part: RecordPart): Item[] | undefined {
    const path = RECORD_PARTS[part];
    const parent = this.object(path.slice(0, -1));
    if (!parent) return undefined;
    const key = path[path.length - 1]!;
    const current = own(parent, key);
    parent[key] = Array.isArray(current) ? this.#own(current) : [];
    return parent[key] as Item[];
  }

  /** A record of a part, copied for writing. */
  record(part: RecordPart, id: string): Item | undefined {
    const list = this.list(part);
    if (!list) return undefined;
    const i = list.findIndex((item) => item.id === id);
    if (i < 0) return undefined;
    list[i] = this.#own<Item>(list[i]!);
    return list[i];
  }

  #own<T extends object>(value: T): T {
    if (this.#copied.has(value)) return value;
    const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T;
    this.#copied.add(copy);
    return copy;
  }
}

function setOrDelete(target: Loose, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** What {@link revertChanges} did. */
export interface RevertResult {
  readonly document: Document;
  /** Changes that were not reverted because another writer changed the same thing since. */
  readonly skipped: number;
}

/**
 * Reverts changes on a document that may have moved on since: each change is
 * undone by id where what it wrote is still there, and skipped where another
 * writer has changed or removed the same thing since. A record removed by the
 * change goes back to its place; dots are taken back as a difference. The
 * result is repaired: connections and references to what is gone are dropped.
 *
 * @example
 * const { document: undone } = revertChanges(history.document, diffDocument(before, after));
 */
export function revertChanges(document: Document, changes: readonly Change[]): RevertResult {
  const bench = new Workbench(document);
  let skipped = 0;
  /** Ids the revert took out, per list: what pointed at them goes too. */
  const gone: Partial<Record<RecordPart, Set<string>>> = {};
  const goneFrom = (part: RecordPart) => (gone[part] ??= new Set());
  /** Connections the revert put back: dropped again if a card they join has gone since. */
  const restored: string[] = [];
  // Containers that went: back first, so their fields and lists have a place.
  for (const change of changes) {
    if (change.type === 'container' && !change.created && !bench.root[change.name]) {
      bench.root[change.name] = OPTIONAL_CONTAINERS[change.name]();
    }
  }
  // Records the changes added: taken out (even if edited since, as undo of an insertion does).
  for (const change of changes) {
    if (change.type !== 'record' || change.after === undefined) continue;
    const list = bench.list(change.part);
    const i = list ? list.findIndex((item) => item.id === change.id) : -1;
    if (list && i >= 0) {
      list.splice(i, 1);
      goneFrom(change.part).add(change.id);
    } else skipped++;
  }
  // Records the changes removed: back in their places, lowest place first, so each lands where it was.
  const removals = changes.filter((c): c is Extract<Change, { type: 'record' }> => c.type === 'record' && c.after === undefined);
  removals.sort((a, b) => a.index - b.index);
  for (const change of removals) {
    const list = bench.list(change.part);
    if (!list || list.some((item) => item.id === change.id)) {
      skipped++;
      continue;
    }
    list.splice(Math.min(change.index, list.length), 0, change.before!);
    if (change.part === 'edges') restored.push(change.id);
  }
  // Fields, members, positions and dots, last change first.
  for (let c = changes.length - 1; c >= 0; c--) {
    const change = changes[c]!;
    switch (change.type) {
      case 'field': {
        const parent = bench.object(change.path.slice(0, -1));
        const key = change.path[change.path.length - 1]!;
        if (parent && jsonEqual(own(parent, key), change.after)) setOrDelete(parent, key, change.before);
        else skipped++;
        break;
      }
      case 'recordField': {
        const record = bench.record(change.part, change.id);
        if (record && jsonEqual(own(record, change.field), change.after)) setOrDelete(record, change.field, change.before);
        else skipped++;
        break;
      }
      case 'member': {
        const record = bench.record(change.part, change.id);
        const members = own(record, change.field);
        if (!record || !Array.isArray(members)) {
          skipped++;
          break;
        }
        const has = members.includes(change.member);
        if (change.added && has) record[change.field] = members.filter((m) => m !== change.member);
        else if (!change.added && !has) {
          const next = members.slice();
          next.splice(Math.min(change.index, next.length), 0, change.member);
          record[change.field] = next;
        } else skipped++;
        break;
      }
      case 'position': {
        const positions = bench.object(['layout', 'positions']);
        if (positions && jsonEqual(own(positions, change.id), change.after)) setOrDelete(positions, change.id, change.before);
        else skipped++;
        break;
      }
      case 'votes': {
        const votes = bench.object(['workshop', 'votes']);
        if (!votes) {
          skipped++;
          break;
        }
        const next = Math.max(0, ((own(votes, change.id) as number | undefined) ?? 0) - change.delta);
        setOrDelete(votes, change.id, next === 0 ? undefined : next);
        break;
      }
      default:
        break;
    }
  }
  // Containers the changes created: gone again when nothing is left in them.
  for (const change of changes) {
    if (change.type !== 'container' || !change.created) continue;
    const container = own(bench.root, change.name);
    if (!isRecord(container)) continue;
    const empty =
      change.name === 'layout'
        ? Object.keys(container.positions ?? {}).length === 0
        : Object.keys(container.votes ?? {}).length === 0 && ((container.parkingLot ?? []) as unknown[]).length === 0;
    if (empty) delete bench.root[change.name];
    else skipped++;
  }
  let result = bench.root as unknown as Document;
  if (restored.length > 0) {
    const nodeIds = new Set(result.nodes.map((node) => node.id));
    for (const id of restored) {
      const edge = result.edges.find((e) => e.id === id);
      if (edge && (!nodeIds.has(edge.source) || !nodeIds.has(edge.target))) goneFrom('edges').add(id);
    }
  }
  if (Object.keys(gone).length > 0) result = repairDocument(result, gone);
  return { document: result, skipped };
}

/**
 * Drops what points at nothing, the same way on every replica: connections
 * whose card is gone, positions and dots of cards that are gone, and
 * references to partners, target groups and groups that are gone. With
 * `only`, drops just what points at the ids it names per list. Returns the same document when
 * there is nothing to drop.
 *
 * @example
 * const repaired = repairDocument(merged);
 */
export function repairDocument(document: Document, only?: Partial<Record<RecordPart, ReadonlySet<string>>>): Document {
  // With `only`, just what points at those ids (and those connections themselves) is dropped; anything else stays as it is.
  const known = (part: RecordPart, ids: () => ReadonlySet<string>) => {
    if (only) {
      const removed = only[part];
      return (id: string) => !removed?.has(id);
    }
    const present = ids();
    return (id: string) => present.has(id);
  };
  const nodeIds = known('nodes', () => new Set(document.nodes.map((node) => node.id)));
  const actorIds = known('actors', () => new Set(document.actors.map((actor) => actor.id)));
  const targetGroupIds = known('targetGroups', () => new Set(document.targetGroups.map((group) => group.id)));
  const groupIds = known('groups', () => new Set(document.groups.map((group) => group.id)));
  const keepEdge = (edge: Document['edges'][number]) => nodeIds(edge.source) && nodeIds(edge.target) && !only?.edges?.has(edge.id);
  let next = document;
  const edit = (): Loose => {
    if (next === document) next = { ...document };
    return next;
  };
  if (!document.edges.every(keepEdge)) edit().edges = document.edges.filter(keepEdge);
  let nodesChanged = false;
  const nodes = document.nodes.map((node) => {
    const loose = node as unknown as Loose;
    let copy: Loose | undefined;
    const write = () => (copy ??= { ...loose });
    for (const [field, exists] of [
      ['actors', actorIds],
      ['targetGroups', targetGroupIds],
    ] as const) {
      const list = loose[field];
      if (Array.isArray(list) && !list.every((id) => exists(id as string))) write()[field] = list.filter((id) => exists(id as string));
    }
    if (typeof loose.owner === 'string' && !actorIds(loose.owner)) delete write().owner;
    if (typeof loose.group === 'string' && !groupIds(loose.group)) delete write().group;
    if (copy) nodesChanged = true;
    return (copy ?? node) as typeof node;
  });
  if (nodesChanged) edit().nodes = nodes;
  const positions = document.layout?.positions;
  if (positions && !Object.keys(positions).every(nodeIds)) {
    const kept = Object.fromEntries(Object.entries(positions).filter(([id]) => nodeIds(id)));
    edit().layout = { ...document.layout!, positions: kept };
  }
  const votes = document.workshop?.votes;
  if (votes && !Object.keys(votes).every(nodeIds)) {
    const kept = Object.fromEntries(Object.entries(votes).filter(([id]) => nodeIds(id)));
    edit().workshop = { ...document.workshop!, votes: kept };
  }
  return next;
}

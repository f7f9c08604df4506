import * as Y from 'yjs';
import {
  CONTAINERS,
  diffDocument,
  isStringSet,
  OPTIONAL_CONTAINERS,
  RECORD_PARTS,
  repairDocument,
  type Change,
  type RecordPart,
} from '../edit/changes.js';
import type { Document } from '../model/schema.js';

type Loose = Record<string, unknown>;

/**
 * The version of the layout of a document inside a Yjs document.
 *
 * @example
 * console.log(`Yjs-indeling versie ${SYNC_VERSION}`);
 */
export const SYNC_VERSION = 1;

/** Names of the shared types in the Yjs document. */
const FIELDS = 'fields';
const POSITIONS = 'positions';
const VOTES = 'votes';
/** A record's place in its list, kept in the record's map; ties are broken by id. */
const ORDER = '@o';
/** Marks that an optional container (layout, workshop) exists. */
const PRESENT = '@';
/**
 * The voter that dots read from a file are counted under.
 *
 * @example
 * shared.writeTally(FILE_VOTER, { 'int-1': 4 }); // dots that came with the file
 */
export const FILE_VOTER = '@file';

const PARTS = Object.keys(RECORD_PARTS) as RecordPart[];
/** Dots are kept per card and voter: the card's id (which has no spaces), a space, the voter. */
const voteKey = (id: string, voter: string) => `${id} ${voter}`;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as it is kept in a record's map: a list of distinct strings as a map of members (to merge ticks), the rest as JSON. */
function toShared(value: unknown): unknown {
  if (!isStringSet(value)) return value;
  const members = new Y.Map<number>();
  value.forEach((member, index) => members.set(member, index));
  return members;
}

function fromShared(value: unknown): unknown {
  if (!(value instanceof Y.Map)) return value;
  return [...(value as Y.Map<number>).entries()]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([member]) => member);
}

function orderOf(map: Y.Map<unknown> | undefined): number | undefined {
  const value = map?.get(ORDER);
  return typeof value === 'number' ? value : undefined;
}

function readRecord(map: Y.Map<unknown>): Loose {
  const record: Loose = {};
  const keys = [...map.keys()]
    .filter((key) => key !== ORDER)
    .sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) record[key] = fromShared(map.get(key));
  return record;
}

function listOf(document: Loose, part: RecordPart): readonly Loose[] {
  let value: unknown = document;
  for (const key of RECORD_PARTS[part]) value = isRecord(value) ? value[key] : undefined;
  return Array.isArray(value) ? (value as Loose[]) : [];
}

/**
 * A veranderlogica document kept in a Yjs document, so that many writers can
 * change it at once: the document's fields in one map, and nodes, edges,
 * partners, target groups, groups, sources, facts and parking-lot notes each
 * as a map keyed by id with one nested map per record, so concurrent edits to
 * different fields of a card merge and a delete wins over a concurrent edit.
 * Lists of ids on a card (partners, target groups, tags) are maps of members,
 * dots are counted per voter, places are kept per card.
 *
 * Reading gives the same document on every replica that has the same
 * updates: records in a stable order (their place, then id) and repaired the
 * same way (a connection to a card deleted at the same time disappears).
 *
 * @example
 * const shared = new SharedDocument(new Y.Doc(), { voter: 'facilitator' });
 * shared.load(document);                       // a new room, from a file
 * shared.commit(diffDocument(before, after), after);  // one local edit
 * shared.read();                                // the merged document
 */
export class SharedDocument {
  readonly ydoc: Y.Doc;
  /** The origin of this writer's transactions, so remote changes can be told apart. */
  readonly origin: object;
  readonly #voter: string;
  #cache: Document | undefined;
  /** The last records read per part, reused while their maps did not change. */
  readonly #records = new Map<RecordPart, Map<string, { map: Y.Map<unknown>; record: Loose }>>();
  readonly #lists = new Map<RecordPart, Loose[]>();
  readonly #dirty = new Set<string>();
  readonly #dirtyRecords = new Map<string, Set<string>>();
  /** The document's own fields as last read, to stand in for values an early update took away (see {@link read}). */
  #lastFields = new Map<string, unknown>();
  /** Whether a read kept something the shared document lacked for the moment; the next settled read starts afresh. */
  #kept = false;
  /** What this writer changed itself since the last settled read (`part/id`, `part/id/field`): never kept. */
  readonly #changedHere = new Set<string>();

  constructor(ydoc: Y.Doc, options: { readonly voter: string; readonly origin?: object }) {
    this.ydoc = ydoc;
    this.#voter = options.voter;
    this.origin = options.origin ?? { writer: options.voter };
    for (const part of PARTS) this.#dirty.add(part);
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => this.#invalidate(transaction));
    // What is read now is what a later read keeps while updates wait for earlier ones (see #waiting).
    if (this.loaded) this.read();
  }

  /** Whether the shared document holds a document yet (a new room is empty until {@link load}). */
  get loaded(): boolean {
    return this.#fields.get('format') !== undefined;
  }

  get #fields(): Y.Map<unknown> {
    return this.ydoc.getMap(FIELDS);
  }

  #part(part: RecordPart): Y.Map<Y.Map<unknown>> {
    return this.ydoc.getMap(part);
  }

  /** Puts a whole document into an empty shared document (a room opened from a file). */
  load(document: Document): void {
    const empty = {
      nodes: [],
      edges: [],
      actors: [],
      targetGroups: [],
      groups: [],
      sources: [],
      versions: [],
      comments: [],
      suggestions: [],
      reviews: [],
      context: { facts: [] },
    };
    this.commit(diffDocument(empty as unknown as Document, document), document, FILE_VOTER);
    this.read();
  }

  /**
   * Writes one writer's changes (from {@link diffDocument} or a History
   * change) into the shared document, in one transaction. `after` is the
   * document the changes lead to; it gives each new record its place.
   */
  commit(changes: readonly Change[], after: Document, voter = this.#voter): void {
    if (changes.length === 0) return;
    this.ydoc.transact(() => {
      for (const change of changes) this.#write(change, after, voter);
    }, this.origin);
  }

  #write(change: Change, after: Loose, voter: string): void {
    const fields = this.#fields;
    switch (change.type) {
      case 'container':
        if (change.created) fields.set(PRESENT + change.name, true);
        else fields.delete(PRESENT + change.name);
        break;
      case 'field': {
        const key = change.path.join('.');
        if (change.after === undefined) fields.delete(key);
        else fields.set(key, change.after);
        break;
      }
      case 'record': {
        const map = this.#part(change.part);
        if (change.after === undefined) {
          map.delete(change.id);
          break;
        }
        const record = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(change.after)) if (value !== undefined) record.set(key, toShared(value));
        record.set(ORDER, this.#placeFor(change.part, change.id, after));
        map.set(change.id, record);
        break;
      }
      case 'recordField': {
        const record = this.#part(change.part).get(change.id);
        if (!record) break;
        if (change.after === undefined) record.delete(change.field);
        else record.set(change.field, toShared(change.after));
        break;
      }
      case 'member': {
        const record = this.#part(change.part).get(change.id);
        if (!record) break;
        const members = record.get(change.field);
        if (members instanceof Y.Map) {
          if (change.added) members.set(change.member, change.index);
          else members.delete(change.member);
        } else {
          const current = listOf(after, change.part).find((item) => item.id === change.id)?.[change.field];
          record.set(change.field, toShared(current));
        }
        break;
      }
      case 'position': {
        const positions = this.ydoc.getMap(POSITIONS);
        if (change.after === undefined) positions.delete(change.id);
        else positions.set(change.id, change.after);
        break;
      }
      case 'votes': {
        // One entry per card and voter, so no two writers ever write the same entry.
        const votes = this.ydoc.getMap<number>(VOTES);
        const key = voteKey(change.id, voter);
        votes.set(key, (votes.get(key) ?? 0) + change.delta);
        break;
      }
    }
  }

  /** A place between the record's neighbours in `after` (its list in the document the change leads to). */
  #placeFor(part: RecordPart, id: string, after: Loose): number {
    const list = listOf(after, part);
    const map = this.#part(part);
    const index = list.findIndex((item) => item.id === id);
    let previous: number | undefined;
    for (let i = index - 1; i >= 0 && previous === undefined; i--) previous = orderOf(map.get(list[i]!.id as string));
    let next: number | undefined;
    for (let i = index + 1; i < list.length && next === undefined; i++) next = orderOf(map.get(list[i]!.id as string));
    if (previous === undefined) return next === undefined ? index : next - 1;
    return next === undefined ? previous + 1 : (previous + next) / 2;
  }

  #invalidate(transaction: Y.Transaction): void {
    // While a read keeps values, any transaction may be the one that closes the gap (even one that changes nothing
    // visible, such as a held-back value landing on a record deleted meanwhile): read again.
    if (transaction.changed.size === 0 && !this.#kept) return;
    this.#cache = undefined;
    for (const type of transaction.changed.keys()) {
      // Walk up to the top-level type; remember which record of a part changed.
      let child: Y.AbstractType<Y.YEvent<any>> = type; // eslint-disable-line @typescript-eslint/no-explicit-any
      let recordId: string | undefined;
      while (child._item) {
        recordId = child._item.parentSub ?? recordId;
        child = child._item.parent as typeof child;
      }
      const name = [...this.ydoc.share.entries()].find(([, shared]) => shared === child)?.[0];
      if (!name) continue;
      if (transaction.origin === this.origin) {
        // This writer's own removals are real: a read while updates wait must not bring them back.
        const prefix = type === child ? name : type._item?.parent === child && recordId !== undefined ? `${name}/${recordId}` : undefined;
        if (prefix !== undefined)
          for (const key of transaction.changed.get(type) ?? []) if (key !== null) this.#changedHere.add(`${prefix}/${key}`);
      }
      if (type === child) {
        // Records added or removed: the list is read again.
        this.#dirty.add(name);
        for (const key of transaction.changed.get(type) ?? []) if (key !== null) this.#markRecord(name, key);
      } else if (recordId !== undefined) {
        this.#markRecord(name, recordId);
      }
    }
  }

  #markRecord(part: string, id: string): void {
    let ids = this.#dirtyRecords.get(part);
    if (!ids) this.#dirtyRecords.set(part, (ids = new Set()));
    ids.add(id);
  }

  /**
   * Whether updates wait in Yjs for earlier ones from the same writer. Yjs applies such an update's deletions at
   * once but holds its new values back, so a field it overwrote (or a record it replaced) is missing until the gap
   * closes. Reads in the meantime keep the last value instead of losing it.
   */
  #waiting(): boolean {
    return ((this.ydoc.store as { pendingStructs?: unknown }).pendingStructs ?? null) !== null;
  }

  /** A record read afresh; while updates wait, with the fields it had before where they are missing for now. */
  #readRecord(
    part: RecordPart,
    shared: Y.Map<unknown>,
    known: { map: Y.Map<unknown>; record: Loose } | undefined,
    waiting: boolean,
  ): Loose {
    const record = readRecord(shared);
    if (!waiting || !known || known.map !== shared) return record;
    for (const key of Object.keys(known.record)) {
      if (!Object.hasOwn(record, key) && !this.#changedHere.has(`${part}/${known.record.id as string}/${key}`)) {
        record[key] = known.record[key];
        this.#kept = true;
      }
    }
    return record;
  }

  #readPart(part: RecordPart, waiting: boolean): Loose[] {
    let records = this.#records.get(part);
    const dirtyIds = this.#dirtyRecords.get(part);
    const listChanged = this.#dirty.has(part) || !records;
    if (!records) this.#records.set(part, (records = new Map<string, { map: Y.Map<unknown>; record: Loose }>()));
    const map = this.#part(part);
    if (dirtyIds) {
      for (const id of dirtyIds) {
        const shared = map.get(id);
        if (shared) records.set(id, { map: shared, record: this.#readRecord(part, shared, records.get(id), waiting) });
        else if (waiting && records.has(id) && !this.#changedHere.has(`${part}/${id}`)) this.#kept = true;
        else records.delete(id);
      }
      this.#dirtyRecords.delete(part);
    }
    if (!listChanged && this.#lists.has(part) && !dirtyIds) return this.#lists.get(part)!;
    if (listChanged) {
      for (const [id, shared] of map) {
        const known = records.get(id);
        if (!known || known.map !== shared) records.set(id, { map: shared, record: readRecord(shared) });
      }
      for (const id of [...records.keys()]) {
        if (map.has(id)) continue;
        if (waiting && !this.#changedHere.has(`${part}/${id}`)) this.#kept = true;
        else records.delete(id);
      }
      this.#dirty.delete(part);
    }
    const entries = [...records.entries()];
    entries.sort(([a, x], [b, y]) => (orderOf(x.map) ?? 0) - (orderOf(y.map) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    const list = entries.map(([, entry]) => entry.record);
    this.#lists.set(part, list);
    return list;
  }

  /**
   * The document as all updates received so far make it: the same on every
   * replica with the same updates, repaired so nothing dangles. Cached until
   * the shared document changes.
   */
  read(): Document {
    if (this.#cache) return this.#cache;
    const waiting = this.#waiting();
    if (!waiting && this.#kept) {
      // The gap has closed: everything kept in the meantime is read afresh.
      this.#kept = false;
      this.#records.clear();
      this.#lists.clear();
      this.#dirtyRecords.clear();
      for (const part of PARTS) this.#dirty.add(part);
    }
    const fields = this.#fields;
    const document: Loose = {};
    const containers: Record<string, Loose> = {};
    const values = new Map<string, unknown>();
    for (const key of fields.keys()) values.set(key, fields.get(key));
    if (waiting) {
      for (const [key, value] of this.#lastFields) {
        if (values.has(key) || this.#changedHere.has(`${FIELDS}/${key}`)) continue;
        values.set(key, value);
        this.#kept = true;
      }
    } else this.#changedHere.clear();
    this.#lastFields = values;
    for (const key of [...values.keys()].sort()) {
      if (key.startsWith(PRESENT)) continue;
      const value = values.get(key);
      const dot = key.indexOf('.');
      if (dot < 0) document[key] = value;
      else (containers[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = value;
    }
    for (const name of CONTAINERS) {
      const optional = Object.hasOwn(OPTIONAL_CONTAINERS, name);
      if (optional && values.get(PRESENT + name) !== true) continue;
      document[name] = { ...(optional ? OPTIONAL_CONTAINERS[name as keyof typeof OPTIONAL_CONTAINERS]() : {}), ...containers[name] };
    }
    for (const part of PARTS) {
      const path = RECORD_PARTS[part];
      const list = this.#readPart(part, waiting);
      if (path.length === 1) document[path[0]] = list;
      else if (isRecord(document[path[0]])) (document[path[0]] as Loose)[path[1]] = list;
    }
    if (isRecord(document.layout)) {
      const positions: Loose = {};
      const shared = this.ydoc.getMap(POSITIONS);
      for (const id of [...shared.keys()].sort()) positions[id] = shared.get(id);
      document.layout.positions = positions;
    }
    if (isRecord(document.workshop)) {
      const sums = new Map<string, number>();
      for (const [key, count] of this.ydoc.getMap<number>(VOTES)) {
        if (!Number.isInteger(count)) continue;
        const id = key.slice(0, key.indexOf(' '));
        sums.set(id, (sums.get(id) ?? 0) + count);
      }
      const votes: Record<string, number> = {};
      for (const id of [...sums.keys()].sort()) if (sums.get(id)! > 0) votes[id] = Math.min(sums.get(id)!, 100_000);
      document.workshop.votes = votes;
    }
    this.#cache = repairDocument(document as unknown as Document);
    return this.#cache;
  }

  /**
   * Puts one voter's counts in the plan as they are now, replacing what that voter had: how the server writes the
   * totals of a secret ballot at the reveal (under `BALLOT_VOTER`).
   *
   * @example
   * shared.writeTally(BALLOT_VOTER, { 'int-1': 12, 'int-2': 7 });
   */
  writeTally(voter: string, counts: Readonly<Record<string, number>>): void {
    const votes = this.ydoc.getMap<number>(VOTES);
    const suffix = ` ${voter}`;
    this.ydoc.transact(() => {
      for (const key of [...votes.keys()]) if (key.endsWith(suffix) && !(key.slice(0, -suffix.length) in counts)) votes.delete(key);
      for (const [id, count] of Object.entries(counts)) {
        const key = voteKey(id, voter);
        if (count > 0 && votes.get(key) !== count) votes.set(key, Math.min(Math.trunc(count), 100_000));
        else if (count <= 0) votes.delete(key);
      }
    }, this.origin);
  }

  /** Everyone who has a dot on a card now (the dots the plan came with, counted under {@link FILE_VOTER}, aside). */
  voters(): Set<string> {
    const voters = new Set<string>();
    for (const [key, count] of this.ydoc.getMap<number>(VOTES)) {
      const space = key.indexOf(' ');
      if (count && space > 0 && key.slice(space + 1) !== FILE_VOTER) voters.add(key.slice(space + 1));
    }
    return voters;
  }

  /** Dots per voter on each card, e.g. to keep each participant within their budget. */
  votesOf(voter: string): Record<string, number> {
    const result: Record<string, number> = {};
    const suffix = ` ${voter}`;
    for (const [key, count] of this.ydoc.getMap<number>(VOTES)) {
      if (key.endsWith(suffix) && key.indexOf(' ') === key.length - suffix.length && count) result[key.slice(0, -suffix.length)] = count;
    }
    return result;
  }
}

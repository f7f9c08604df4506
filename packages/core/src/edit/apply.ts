import { Immer, castDraft, enablePatches, type Draft, type Patch } from 'immer';
import { z } from 'zod';
import { fromZodIssue } from '../format/zod-issues.js';
import { toJsonPointer } from '../format/issue.js';
import { ownValue, usedIds } from '../model/factory.js';
import {
  ActorSchema,
  LIMITS,
  EdgeSchema,
  FactSchema,
  GroupSchema,
  NodeSchema,
  SourceSchema,
  IdeaSchema,
  ParkingLotItemSchema,
  PositionSchema,
  ScopeSchema,
  TargetGroupSchema,
  WorkshopSchema,
  VersionSchema,
  MonitoringSchema,
  LayoutSchema,
  ContextSchema,
  CommentSchema,
  SuggestionSchema,
  ReviewRoundSchema,
  DocumentSchema,
  type Document,
  type Position,
  type ToCNode,
} from '../model/schema.js';
import { defineMessage, localizeMessage } from '../i18n/format.js';
import type { Localized } from '../i18n/localized.js';
import { NODE_KIND_SPECS } from '../model/kinds.js';
import type { Proposal } from '../model/review.js';
import { canConnect } from './can-connect.js';
import { applyPatchList } from './patches.js';
import { describeOperation, NODE_LIST_FIELDS, type Operation } from './operation.js';
import { withoutVersion } from './versions.js';
import { OperationError } from './operation-error.js';
import { TEXTS } from './locales/index.js';

enablePatches();

/**
 * The core's own immer instance. Auto-freeze is off: re-freezing a 10,000-node
 * array costs about 1 ms an edit (see docs/design-notes.md); documents are
 * typed read-only instead, and only operations produce new ones.
 */
const immer = new Immer({ autoFreeze: false });

/**
 * A new document and the patches that lead to it and back.
 *
 * @example
 * const { document: next, inversePatches }: EditResult = applyOperation(document, { type: 'removeNode', id: 'goal-1' });
 */
export interface EditResult {
  readonly document: Document;
  readonly patches: Patch[];
  readonly inversePatches: Patch[];
}

const DOCUMENT_DETAILS = DocumentSchema.pick({
  title: true,
  description: true,
  language: true,
  topic: true,
  areas: true,
  status: true,
  adoption: true,
  parent: true,
});
const VOTE = WorkshopSchema.shape.votes.unwrap().valueType;
const VOTE_DELTA = z.number().int().min(-100_000).max(100_000);

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The messages of refused operations, each filled from the error's params. */
const REFUSED = {
  notFound: defineMessage<{ what: Localized; id: string }>(TEXTS.apply.refusedNotFound),
  duplicateId: defineMessage<{ id: string }>(TEXTS.apply.refusedDuplicateId),
  unknown: defineMessage<{ type: string }>(TEXTS.apply.refusedUnknown),
  fixedField: defineMessage<{ field: string; where: Localized }>(TEXTS.apply.refusedFixedField),
};

const notFound = (what: Localized, id: unknown) => OperationError.of('not-found', REFUSED.notFound, { what, id: quote(id) });

/** A value quoted for a message, cut short: ids from outside may be long or not strings at all. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value) ?? typeof value);
  return `"${text.length > 64 ? `${text.slice(0, 61)}…` : text}"`;
}

/** Parses a value with a schema or throws an OperationError naming the field. */
function check<S extends z.ZodType>(schema: S, value: unknown, basePath: readonly PropertyKey[]): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues.flatMap((issue) => fromZodIssue(issue, value))[0];
  const path = toJsonPointer([...basePath]) + (first?.path ?? '');
  throw new OperationError('invalid-value', first?.message ?? TEXTS.apply.check, path, first?.params ?? {});
}

/** The `changes` of an update: a plain object, or the operation is refused. */
function changesOf(operation: { readonly changes?: unknown }): Loose {
  if (!isRecord(operation.changes)) {
    throw new OperationError('invalid-operation', TEXTS.apply.changesOf);
  }
  return operation.changes;
}

/** Refuses changes to fields that are fixed (ids, kinds): a key the update may not touch. */
function refuseFields(changes: Loose, fixed: readonly string[], message: Localized): void {
  refuseKeys(
    changes,
    (key) => fixed.includes(key),
    (key) => new OperationError('immutable-field', message, `/${key}`, { field: key }),
  );
}

/** Refuses every key of `changes` outside `allowed`, with the error `refusal` makes for it. */
function allowOnly(changes: Loose, allowed: ReadonlySet<string>, refusal: (key: string) => OperationError): void {
  refuseKeys(changes, (key) => !allowed.has(key), refusal);
}

function refuseKeys(changes: Loose, refused: (key: string) => boolean, refusal: (key: string) => OperationError): void {
  for (const key of Object.keys(changes)) if (refused(key)) throw refusal(key);
}

/** A part of `changes` that must be an object (scope, context): the object itself, or a refusal naming it. */
function objectAt(value: unknown, schema: z.ZodType, path: readonly PropertyKey[]): Loose {
  if (isRecord(value)) return value;
  check(schema, value, path);
  throw new OperationError('invalid-value', TEXTS.apply.objectAt, toJsonPointer([...path]));
}

/** The refusal of a field of the document or the workshop that no operation here changes. */
const notHere = (where: Localized, path: string) => (key: string) =>
  OperationError.of('immutable-field', REFUSED.fixedField, { field: key.slice(0, 64), where }, `${path}/${key}`);

const ID_FIXED = TEXTS.apply.idFixed;

function assertNewId(document: Document, id: string): void {
  if (usedIds(document).has(id)) {
    throw OperationError.of('duplicate-id', REFUSED.duplicateId, { id: quote(id) });
  }
}

/**
 * Applies changes to a draft object with the values the schema gave back:
 * `undefined` removes an optional field and resets a field with a default to
 * that default, so no change can leave a required field missing.
 */
function assignParsed(target: Loose, changes: Loose, parsed: Loose): void {
  for (const key of Object.keys(changes)) {
    if (Object.hasOwn(parsed, key)) target[key] = parsed[key];
    else delete target[key];
  }
}

/** `base` with `changes` laid over it; an `undefined` change removes the key, so the schema's default applies. */
function merged(base: object, changes: Loose): Loose {
  const next: Loose = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete next[key];
    // An own property even for "__proto__", so the schema sees (and refuses) it.
    else Object.defineProperty(next, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return next;
}

/**
 * Removing from the middle of an array inside an immer draft yields one
 * `replace` patch per shifted element (10,000 at 10k nodes). These exact
 * `remove`/`add` patches say the same in one patch per removed element.
 */
function removalPatches(path: readonly (string | number)[], items: readonly unknown[], indexes: readonly number[]) {
  const ascending = [...new Set(indexes)].sort((a, b) => a - b);
  const patches: Patch[] = [...ascending].reverse().map((i) => ({ op: 'remove', path: [...path, i] }));
  const inversePatches: Patch[] = ascending.map((i) => ({ op: 'add', path: [...path, i], value: items[i] }));
  return { patches, inversePatches };
}

/** Runs an immer recipe, then removes array elements, and joins both sets of patches in the right order. */
function edit(
  document: Document,
  recipe: (draft: Draft<Document>) => void,
  removals: { path: (string | number)[]; items: readonly unknown[]; indexes: number[] }[] = [],
): EditResult {
  const [afterRecipe, patches, inversePatches] = immer.produceWithPatches(document, recipe);
  const removal = { patches: [] as Patch[], inversePatches: [] as Patch[] };
  // Remove from the deepest, then later arrays first, so no removal shifts another's indexes.
  for (const { path, items, indexes } of removals) {
    if (indexes.length === 0) continue;
    const step = removalPatches(path, items, indexes);
    removal.patches.push(...step.patches);
    removal.inversePatches.unshift(...step.inversePatches);
  }
  const next = removal.patches.length > 0 ? applyPatchList(afterRecipe, removal.patches) : afterRecipe;
  return {
    document: next,
    patches: [...patches, ...removal.patches],
    inversePatches: [...removal.inversePatches, ...inversePatches],
  };
}

function indexOfId(list: readonly { id: string }[], id: unknown): number {
  if (typeof id !== 'string') return -1;
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return i;
  return -1;
}

/** Where a list of items with ids lives in a document, and how to name one in a message. */
interface ListSpec<T extends { id: string }> {
  /** The most items the format allows in the list (the schema's own maximum), and the list's name in a message. */
  readonly max: number;
  readonly many: Localized;
  readonly path: readonly string[];
  readonly get: (document: Document) => readonly T[];
  readonly what: Localized;
  readonly schema: z.ZodType<T>;
}

const list = <T extends { id: string }>(spec: ListSpec<T>) => spec;

const LISTS = {
  actors: list({
    max: LIMITS.maxActors,
    many: TEXTS.apply.listsActorsMany,
    path: ['actors'],
    get: (d: Document) => d.actors,
    what: TEXTS.apply.listsActorsWhat,
    schema: ActorSchema,
  }),
  targetGroups: list({
    max: 1_000,
    many: TEXTS.apply.listsTargetGroupsMany,
    path: ['targetGroups'],
    get: (d: Document) => d.targetGroups,
    what: TEXTS.apply.listsTargetGroupsWhat,
    schema: TargetGroupSchema,
  }),
  facts: list({
    max: 1_000,
    many: TEXTS.apply.listsFactsMany,
    path: ['context', 'facts'],
    get: (d: Document) => d.context.facts,
    what: TEXTS.apply.listsFactsWhat,
    schema: FactSchema,
  }),
  groups: list({
    max: 1_000,
    many: TEXTS.apply.listsGroupsMany,
    path: ['groups'],
    get: (d: Document) => d.groups,
    what: TEXTS.apply.listsGroupsWhat,
    schema: GroupSchema,
  }),
  sources: list({
    max: 1_000,
    many: TEXTS.apply.listsSourcesMany,
    path: ['sources'],
    get: (d: Document) => d.sources,
    what: TEXTS.apply.listsSourcesWhat,
    schema: SourceSchema,
  }),
  versions: list({
    max: LIMITS.maxVersions,
    many: TEXTS.apply.listsVersionsMany,
    path: ['versions'],
    get: (d: Document) => d.versions,
    what: TEXTS.apply.listsVersionsWhat,
    schema: VersionSchema,
  }),
  parkingLot: list({
    max: 1_000,
    many: TEXTS.apply.listsParkingLotMany,
    path: ['workshop', 'parkingLot'],
    get: (d: Document) => d.workshop?.parkingLot ?? [],
    what: TEXTS.apply.listsParkingLotWhat,
    schema: ParkingLotItemSchema,
  }),
  comments: list({
    max: LIMITS.maxComments,
    many: TEXTS.apply.listsCommentsMany,
    path: ['comments'],
    get: (d: Document) => d.comments,
    what: TEXTS.apply.listsCommentsWhat,
    schema: CommentSchema,
  }),
  suggestions: list({
    max: LIMITS.maxComments,
    many: TEXTS.apply.listsSuggestionsMany,
    path: ['suggestions'],
    get: (d: Document) => d.suggestions,
    what: TEXTS.apply.listsSuggestionsWhat,
    schema: SuggestionSchema,
  }),
  reviews: list({
    max: 100,
    many: TEXTS.apply.listsReviewsMany,
    path: ['reviews'],
    get: (d: Document) => d.reviews,
    what: TEXTS.apply.listsReviewsWhat,
    schema: ReviewRoundSchema,
  }),
  ideas: list({
    max: 1_000,
    many: TEXTS.apply.listsIdeasMany,
    path: ['workshop', 'ideas'],
    get: (d: Document) => d.workshop?.ideas ?? [],
    what: TEXTS.apply.listsIdeasWhat,
    schema: IdeaSchema,
  }),
};

/** Walks a draft down a path of keys (the list's parent objects exist by the time this runs). */
function draftList(draft: Draft<Document>, path: readonly string[]): Loose[] {
  let at: unknown = draft;
  for (const key of path) at = (at as Loose)[key];
  return at as Loose[];
}

/** Refuses to add to a list that is full: one more and the file would no longer open. */
function assertRoom(count: number, max: number, many: Localized, path: readonly string[]): void {
  if (count < max) return;
  throw new OperationError('limit-reached', localizeMessage(TEXTS.apply.limitReached, { max, many }), toJsonPointer([...path]), {
    max,
    count,
  });
}

/** The fields of a card that name another record, and the list that record must be in. */
const REFERENCES = {
  actors: { list: (d: Document) => d.actors, what: TEXTS.apply.referencesActorsWhat },
  owner: { list: (d: Document) => d.actors, what: TEXTS.apply.referencesOwnerWhat },
  targetGroups: { list: (d: Document) => d.targetGroups, what: TEXTS.apply.referencesTargetGroupsWhat },
  group: { list: (d: Document) => d.groups, what: TEXTS.apply.referencesGroupWhat },
} as const;

/**
 * Refuses a card that names a partner, target group or group the plan does not have: the result would fail
 * validation. Only what the operation sets is checked (a reference the plan already had stays, and validation
 * reports it), and of a list only the members it adds.
 */
function assertReferences(document: Document, card: Loose, before: Loose, fields: readonly string[], path: readonly PropertyKey[]): void {
  for (const field of fields) {
    if (!Object.hasOwn(REFERENCES, field)) continue;
    const { list, what } = REFERENCES[field as keyof typeof REFERENCES];
    const value = card[field];
    const old = before[field];
    const named: unknown[] = Array.isArray(value)
      ? (value as unknown[]).filter((id) => !(Array.isArray(old) && (old as unknown[]).includes(id)))
      : value === undefined || value === old
        ? []
        : [value];
    if (named.length === 0) continue;
    const known = new Set(list(document).map((record) => record.id));
    const missing = named.find((id) => typeof id === 'string' && !known.has(id));
    if (missing !== undefined)
      throw OperationError.of('not-found', REFUSED.notFound, { what, id: quote(missing) }, toJsonPointer([...path, field]));
  }
}

function addItem<T extends { id: string }>(
  document: Document,
  list: ListSpec<T>,
  value: unknown,
  prepare?: (draft: Draft<Document>) => void,
) {
  assertRoom(list.get(document).length, list.max, list.many, list.path);
  const item = check(list.schema, value, [...list.path, list.get(document).length]);
  assertNewId(document, item.id);
  return edit(document, (draft) => {
    prepare?.(draft);
    draftList(draft, list.path).push(item);
  });
}

function updateItem<T extends { id: string }>(document: Document, list: ListSpec<T>, operation: { id?: unknown; changes?: unknown }) {
  const items = list.get(document);
  const i = indexOfId(items, operation.id);
  const item = items[i];
  if (!item) throw notFound(list.what, operation.id);
  const changes = changesOf(operation);
  refuseFields(changes, ['id'], ID_FIXED);
  const parsed = check(list.schema, merged(item, changes), [...list.path, i]) as Loose;
  return edit(document, (draft) => assignParsed(draftList(draft, list.path)[i]!, changes, parsed));
}

function removeItem<T extends { id: string }>(
  document: Document,
  list: ListSpec<T>,
  id: unknown,
  recipe: (draft: Draft<Document>) => void = () => {},
) {
  const items = list.get(document);
  const i = indexOfId(items, id);
  if (i < 0) throw notFound(list.what, id);
  return edit(document, recipe, [{ path: [...list.path], items, indexes: [i] }]);
}

/** Takes a removed id off every node that names it in `field` (a list or a single reference). */
function clearReferences(document: Document, draft: Draft<Document>, field: 'actors' | 'targetGroups' | 'group' | 'owner', id: string) {
  document.nodes.forEach((node, n) => {
    const value = (node as Loose)[field];
    const target = draft.nodes[n] as Loose;
    if (Array.isArray(value) && value.includes(id)) target[field] = value.filter((entry) => entry !== id);
    else if (value === id) delete target[field];
  });
}

/**
 * Applies one operation. Returns the new document and immer patches forward
 * and back; the given document is never changed. Throws an
 * {@link OperationError} (and changes nothing) when the operation cannot
 * apply, whatever it holds: an unknown type, a missing id, a value the
 * format refuses, or an attempt to change an id.
 *
 * @example
 * const { document: next, inversePatches } = applyOperation(document, {
 *   type: 'updateNode', id: 'goal-1', changes: { title: 'Minder seksueel geweld' },
 * });
 */
export function applyOperation(document: Document, operation: Operation): EditResult {
  if (!isRecord(operation) || typeof operation.type !== 'string') {
    throw new OperationError('invalid-operation', TEXTS.apply.applyOperation);
  }
  let result: EditResult;
  try {
    result = applyChecked(document, operation);
  } catch (error) {
    if (error instanceof OperationError) throw error;
    // A last guard: whatever slipped past the checks is still a refusal, never a crash or a half edit.
    throw new OperationError('invalid-operation', localizeMessage(TEXTS.apply.cannotApply, { reason: String(error).slice(0, 200) }));
  }
  if (strict) {
    const parsed = DocumentSchema.safeParse(result.document);
    if (!parsed.success) {
      throw new OperationError(
        'invalid-operation',
        localizeMessage(TEXTS.apply.wouldBeInvalid, { operation: describeOperation(operation) }),
      );
    }
  }
  return result;
}

let strict = false;

/**
 * Development aid: after every operation, parse the whole resulting document
 * and refuse the operation if it would not be valid. Off by default (it costs
 * a full parse per edit); the editor turns it on in development builds.
 *
 * @example
 * setStrictOperations(true); // in development and tests: an operation that breaks the model throws at once
 */
export function setStrictOperations(on: boolean): void {
  strict = on;
}

function applyChecked(document: Document, operation: Operation): EditResult {
  switch (operation.type) {
    case 'addNode': {
      assertRoom(document.nodes.length, LIMITS.maxNodes, TEXTS.apply.cards, ['nodes']);
      const node = check(NodeSchema, operation.node, ['nodes', document.nodes.length]);
      assertReferences(document, node, {}, Object.keys(node), ['nodes', document.nodes.length]);
      assertNewId(document, node.id);
      const position =
        operation.position === undefined ? undefined : check(PositionSchema, operation.position, ['layout', 'positions', node.id]);
      return edit(document, (draft) => {
        draft.nodes.push(node);
        if (position) {
          draft.layout ??= LayoutSchema.parse({});
          draft.layout.positions[node.id] = position;
        }
      });
    }
    case 'updateNode': {
      const i = indexOfId(document.nodes, operation.id);
      const node = document.nodes[i];
      if (!node) throw notFound(TEXTS.apply.node, operation.id);
      const changes = changesOf(operation);
      refuseFields(changes, ['id', 'kind'], TEXTS.apply.aNodeSIdAnd);
      const parsed = check(NODE_KIND_SPECS[node.kind].schema as z.ZodType, merged(node, changes), ['nodes', i]) as Loose;
      assertReferences(document, parsed, node, Object.keys(changes), ['nodes', i]);
      return edit(document, (draft) => assignParsed(draft.nodes[i] as Loose, changes, parsed));
    }
    case 'removeNode': {
      const i = indexOfId(document.nodes, operation.id);
      if (i < 0) throw notFound(TEXTS.apply.node, operation.id);
      const id = operation.id;
      const edgeIndexes: number[] = [];
      document.edges.forEach((edge, e) => {
        if (edge.source === id || edge.target === id) edgeIndexes.push(e);
      });
      return edit(
        document,
        (draft) => {
          if (draft.layout && Object.hasOwn(draft.layout.positions, id)) delete draft.layout.positions[id];
          if (draft.workshop && Object.hasOwn(draft.workshop.votes, id)) delete draft.workshop.votes[id];
        },
        [
          { path: ['edges'], items: document.edges, indexes: edgeIndexes },
          { path: ['nodes'], items: document.nodes, indexes: [i] },
        ],
      );
    }
    case 'addToNode':
    case 'removeFromNode': {
      const i = indexOfId(document.nodes, operation.id);
      const node = document.nodes[i] as Loose | undefined;
      if (!node) throw notFound(TEXTS.apply.node, operation.id);
      const field = operation.field;
      if (typeof field !== 'string' || !(NODE_LIST_FIELDS as readonly string[]).includes(field) || !Object.hasOwn(node, field)) {
        throw OperationError.of('immutable-field', REFUSED.fixedField, {
          field: String(field).slice(0, 64),
          where: TEXTS.apply.applyCheckedWhere,
        });
      }
      const current = node[field] as readonly string[];
      const value = operation.value;
      if (operation.type === 'addToNode') {
        if (field !== 'tags') {
          const known = field === 'actors' ? document.actors : document.targetGroups;
          if (indexOfId(known, value) < 0)
            throw notFound(field === 'actors' ? TEXTS.apply.listsActorsWhat : TEXTS.apply.listsTargetGroupsWhat, value);
        }
        if (current.includes(value)) return { document, patches: [], inversePatches: [] };
        const next = check(NODE_KIND_SPECS[node.kind as ToCNode['kind']].schema as z.ZodType, { ...node, [field]: [...current, value] }, [
          'nodes',
          i,
        ]) as Loose;
        return edit(document, (draft) => {
          (draft.nodes[i] as Loose)[field] = next[field];
        });
      }
      if (!current.includes(value)) return { document, patches: [], inversePatches: [] };
      return edit(document, (draft) => {
        (draft.nodes[i] as Loose)[field] = current.filter((entry) => entry !== value);
      });
    }
    case 'connect': {
      assertRoom(document.edges.length, LIMITS.maxEdges, TEXTS.apply.connections, ['edges']);
      const edge = check(EdgeSchema, operation.edge, ['edges', document.edges.length]);
      assertNewId(document, edge.id);
      const allowed = canConnect(document, edge.source, edge.target);
      if (!allowed.ok) throw new OperationError('forbidden-connection', allowed.reason);
      return edit(document, (draft) => {
        draft.edges.push({ ...edge, kind: allowed.kind });
      });
    }
    case 'updateEdge': {
      const i = indexOfId(document.edges, operation.id);
      const edge = document.edges[i];
      if (!edge) throw notFound(TEXTS.apply.connection, operation.id);
      const changes = changesOf(operation);
      allowOnly(
        changes,
        EDGE_EDITABLE,
        (key) =>
          new OperationError('immutable-field', TEXTS.apply.onlyTheRationaleEvidenceAnd, `/edges/${i}/${key}`, { field: key.slice(0, 64) }),
      );
      const parsed = check(EdgeSchema, merged(edge, changes), ['edges', i]) as Loose;
      return edit(document, (draft) => assignParsed(draft.edges[i] as Loose, changes, parsed));
    }
    case 'disconnect': {
      const i = indexOfId(document.edges, operation.id);
      if (i < 0) throw notFound(TEXTS.apply.connection, operation.id);
      return edit(document, () => {}, [{ path: ['edges'], items: document.edges, indexes: [i] }]);
    }
    case 'addActor':
      return addItem(document, LISTS.actors, operation.actor);
    case 'updateActor':
      return updateItem(document, LISTS.actors, operation);
    case 'removeActor': {
      const id = operation.id;
      return removeItem(document, LISTS.actors, id, (draft) => {
        clearReferences(document, draft, 'actors', id);
        clearReferences(document, draft, 'owner', id);
      });
    }
    case 'addTargetGroup':
      return addItem(document, LISTS.targetGroups, operation.targetGroup);
    case 'updateTargetGroup':
      return updateItem(document, LISTS.targetGroups, operation);
    case 'removeTargetGroup': {
      const id = operation.id;
      return removeItem(document, LISTS.targetGroups, id, (draft) => clearReferences(document, draft, 'targetGroups', id));
    }
    case 'addFact':
      return addItem(document, LISTS.facts, operation.fact);
    case 'updateFact':
      return updateItem(document, LISTS.facts, operation);
    case 'removeFact':
      return removeItem(document, LISTS.facts, operation.id);
    case 'addGroup':
      return addItem(document, LISTS.groups, operation.group);
    case 'updateGroup':
      return updateItem(document, LISTS.groups, operation);
    case 'removeGroup': {
      const id = operation.id;
      return removeItem(document, LISTS.groups, id, (draft) => clearReferences(document, draft, 'group', id));
    }
    case 'addSource':
      return addItem(document, LISTS.sources, operation.source);
    case 'updateSource':
      return updateItem(document, LISTS.sources, operation);
    case 'removeSource':
      return removeItem(document, LISTS.sources, operation.id);
    case 'addVersion': {
      const version = operation.version as unknown;
      // Changes are kept on another version: that one must be there, or the version could never be rebuilt.
      if (isRecord(version) && typeof version.base === 'string' && !document.versions.some((v) => v.id === version.base)) {
        throw notFound(TEXTS.apply.listsVersionsWhat, version.base);
      }
      return addItem(document, LISTS.versions, version);
    }
    case 'updateVersion':
      allowOnly(changesOf(operation), VERSION_EDITABLE, notHere(TEXTS.apply.aVersion, '/versions'));
      return updateItem(document, LISTS.versions, operation);
    case 'removeVersion': {
      const i = indexOfId(document.versions, operation.id);
      if (i < 0) throw notFound(LISTS.versions.what, operation.id);
      // The versions kept as changes on this one are rebuilt and kept on its base instead.
      const rest = withoutVersion(document.versions, document.versions[i]!.id);
      return edit(document, (draft) => {
        draft.versions = castDraft(rest);
      });
    }
    case 'updateMonitoring': {
      const changes = changesOf(operation);
      allowOnly(changes, MONITORING_EDITABLE, notHere(TEXTS.apply.measurementSettings, '/monitoring'));
      const current = document.monitoring ?? MonitoringSchema.parse({});
      const parsed = check(MonitoringSchema, merged(current, changes), ['monitoring']) as Loose;
      return edit(document, (draft) => {
        draft.monitoring ??= MonitoringSchema.parse({});
        assignParsed(draft.monitoring, changes, parsed);
      });
    }
    case 'setPositions': {
      if (!isRecord(operation.positions)) {
        throw new OperationError('invalid-operation', TEXTS.apply.positionsAreKeyedByNode);
      }
      const direction =
        operation.direction === undefined ? undefined : check(LayoutSchema.shape.direction, operation.direction, ['layout', 'direction']);
      const nodeIds = new Set(document.nodes.map((node) => node.id));
      const positions = new Map<string, Position>();
      for (const [id, position] of Object.entries(operation.positions)) {
        if (!nodeIds.has(id)) throw notFound(TEXTS.apply.node, id);
        positions.set(id, check(PositionSchema, position, ['layout', 'positions', id]));
      }
      return edit(document, (draft) => {
        draft.layout ??= LayoutSchema.parse({});
        if (direction) draft.layout.direction = direction;
        for (const [id, position] of positions) {
          const current = ownValue(draft.layout.positions, id);
          if (current && current.x === position.x && current.y === position.y && current.pinned === position.pinned) continue;
          draft.layout.positions[id] = position;
        }
      });
    }
    case 'moveNodes': {
      if (!isRecord(operation.positions)) {
        throw new OperationError('invalid-operation', TEXTS.apply.positionsAreKeyedByNode);
      }
      const current = document.layout?.positions ?? {};
      const positions: Record<string, unknown> = {};
      for (const [id, at] of Object.entries(operation.positions)) {
        const place = isRecord(at) ? { x: at.x, y: at.y, ...(ownValue(current, id)?.pinned ? { pinned: true } : {}) } : at;
        Object.defineProperty(positions, id, { value: place, enumerable: true, writable: true, configurable: true });
      }
      return applyChecked(document, { type: 'setPositions', positions: positions as Record<string, Position> });
    }
    case 'pinNode': {
      const i = indexOfId(document.nodes, operation.id);
      if (i < 0) throw notFound(TEXTS.apply.node, operation.id);
      if (typeof operation.pinned !== 'boolean') {
        throw new OperationError('invalid-value', TEXTS.apply.pinnedIsTrueOrFalse, '/pinned');
      }
      const stored = ownValue(document.layout?.positions ?? {}, operation.id);
      const at = isRecord(operation.at) ? operation.at : (stored ?? { x: 0, y: 0 });
      const place = { x: at.x, y: at.y, ...(operation.pinned ? { pinned: true } : {}) };
      return applyChecked(document, { type: 'setPositions', positions: { [operation.id]: place } });
    }
    case 'updateDocument': {
      const changes = changesOf(operation);
      allowOnly(changes, DOCUMENT_EDITABLE, notHere(TEXTS.apply.document, ''));
      const { scope, context, ...rest } = changes;
      const scopeChanges = scope === undefined ? undefined : objectAt(scope, ScopeSchema, ['scope']);
      const nextScope = scopeChanges ? (check(ScopeSchema, merged(document.scope, scopeChanges), ['scope']) as Loose) : undefined;
      const details = check(DOCUMENT_DETAILS, merged(pickDetails(document), rest), []) as Loose;
      let problem: string | undefined;
      if (context !== undefined) {
        const contextChanges = objectAt(context, ContextSchema, ['context']);
        allowOnly(contextChanges, CONTEXT_EDITABLE, notHere(TEXTS.apply.context, '/context'));
        if (contextChanges.problem !== undefined)
          problem = check(ContextSchema.shape.problem, contextChanges.problem, ['context', 'problem']);
      }
      return edit(document, (draft) => {
        assignParsed(draft, rest, details);
        if (nextScope && scopeChanges) assignParsed(draft.scope, scopeChanges, nextScope);
        if (problem !== undefined) draft.context.problem = problem;
      });
    }
    case 'updateWorkshop': {
      const changes = changesOf(operation);
      allowOnly(changes, WORKSHOP_EDITABLE, notHere(TEXTS.apply.workshop, '/workshop'));
      const current = document.workshop ?? WorkshopSchema.parse({});
      const parsed = check(WorkshopSchema, merged(current, changes), ['workshop']) as Loose;
      return edit(document, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
        assignParsed(draft.workshop, changes, parsed);
      });
    }
    case 'setVotes': {
      const id = operation.id;
      if (indexOfId(document.nodes, id) < 0) throw notFound(TEXTS.apply.node, id);
      const votes = check(VOTE, operation.votes, ['workshop', 'votes', id]);
      return edit(document, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
        if (votes !== 0) draft.workshop.votes[id] = votes;
        else if (Object.hasOwn(draft.workshop.votes, id)) delete draft.workshop.votes[id];
      });
    }
    case 'vote': {
      const id = operation.id;
      if (indexOfId(document.nodes, id) < 0) throw notFound(TEXTS.apply.node, id);
      const delta = check(VOTE_DELTA, operation.delta, ['delta']);
      const current = (document.workshop ? ownValue(document.workshop.votes, id) : undefined) ?? 0;
      const votes = check(VOTE, Math.max(0, current + delta), ['workshop', 'votes', id]);
      if (votes === current) return { document, patches: [], inversePatches: [] };
      return edit(document, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
        if (votes !== 0) draft.workshop.votes[id] = votes;
        else if (Object.hasOwn(draft.workshop.votes, id)) delete draft.workshop.votes[id];
      });
    }
    case 'addParkingLotItem':
      return addItem(document, LISTS.parkingLot, operation.item, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
      });
    case 'updateParkingLotItem':
      return updateItem(document, LISTS.parkingLot, operation);
    case 'removeParkingLotItem':
      return removeItem(document, LISTS.parkingLot, operation.id);
    case 'addIdea':
      return addItem(document, LISTS.ideas, operation.idea, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
      });
    case 'updateIdea':
      return updateItem(document, LISTS.ideas, operation);
    case 'removeIdea':
      return removeItem(document, LISTS.ideas, operation.id);
    case 'addComment': {
      const comment = operation.comment as unknown;
      if (isRecord(comment)) {
        // What it is about and the thread it answers must be there: a comment about nothing cannot be found again.
        if (typeof comment.about === 'string' && !recordIds(document).has(comment.about))
          throw notFound(TEXTS.apply.aboutWhat, comment.about);
        if (comment.replyTo !== undefined) {
          const thread = document.comments.find((c) => c.id === comment.replyTo);
          if (!thread) throw notFound(TEXTS.apply.listsCommentsWhat, comment.replyTo);
          if (thread.replyTo !== undefined) throw new OperationError('invalid-value', TEXTS.apply.replyToThread, '/replyTo');
        }
        if (typeof comment.round === 'string' && indexOfId(document.reviews, comment.round) < 0)
          throw notFound(TEXTS.apply.listsReviewsWhat, comment.round);
      }
      return addItem(document, LISTS.comments, comment);
    }
    case 'updateComment':
      allowOnly(changesOf(operation), COMMENT_EDITABLE, notHere(TEXTS.apply.aComment, '/comments'));
      return updateItem(document, LISTS.comments, operation);
    case 'removeComment': {
      const i = indexOfId(document.comments, operation.id);
      if (i < 0) throw notFound(LISTS.comments.what, operation.id);
      const replies = document.comments.flatMap((c, n) => (c.replyTo === operation.id ? [n] : []));
      return edit(document, () => {}, [{ path: ['comments'], items: document.comments, indexes: [i, ...replies] }]);
    }
    case 'addSuggestion': {
      const suggestion = operation.suggestion as unknown;
      if (isRecord(suggestion) && typeof suggestion.round === 'string' && indexOfId(document.reviews, suggestion.round) < 0)
        throw notFound(TEXTS.apply.listsReviewsWhat, suggestion.round);
      const added = addItem(document, LISTS.suggestions, suggestion);
      assertProposal(document, added.document.suggestions.at(-1)!.proposal);
      return added;
    }
    case 'updateSuggestion': {
      const changes = changesOf(operation);
      allowOnly(changes, SUGGESTION_EDITABLE, notHere(TEXTS.apply.aSuggestion, '/suggestions'));
      if (changes.status === 'declined') {
        const decision = changes.decision as { reason?: unknown } | undefined;
        if (typeof decision?.reason !== 'string' || decision.reason.trim() === '')
          throw new OperationError('invalid-value', TEXTS.apply.declineNeedsReason, '/decision/reason');
      }
      return updateItem(document, LISTS.suggestions, operation);
    }
    case 'removeSuggestion':
      return removeItem(document, LISTS.suggestions, operation.id);
    case 'addReview':
      return addItem(document, LISTS.reviews, operation.review);
    case 'updateReview':
      return updateItem(document, LISTS.reviews, operation);
    case 'removeReview':
      return removeItem(document, LISTS.reviews, operation.id);
    case 'batch': {
      if (!Array.isArray(operation.operations)) {
        throw new OperationError('invalid-operation', TEXTS.apply.aBatchHoldsAList);
      }
      let current = document;
      const patches: Patch[] = [];
      const inverseSteps: Patch[][] = [];
      const steps: readonly Operation[] = operation.operations;
      for (const step of steps) {
        const result = applyOperation(current, step);
        current = result.document;
        for (const patch of result.patches) patches.push(patch);
        inverseSteps.push(result.inversePatches);
      }
      // Undo runs the steps' inverses last step first.
      return { document: current, patches, inversePatches: inverseSteps.reverse().flat() };
    }
    default: {
      const unknown: never = operation;
      throw OperationError.of('unknown-operation', REFUSED.unknown, { type: quote((unknown as { type: unknown }).type) });
    }
  }
}

const EDGE_EDITABLE = new Set(['rationale', 'evidence', 'confidence']);
const COMMENT_EDITABLE = new Set(['text', 'status']);
const SUGGESTION_EDITABLE = new Set(['status', 'decision']);

/** The ids a comment may be about: cards, connections and groups. */
function recordIds(document: Document): Set<string> {
  return new Set([...document.nodes, ...document.edges, ...document.groups].map((record) => record.id));
}

/**
 * Refuses a proposal that could never apply: a card that is not there, targets for something that is not an
 * indicator, or a new card with an id already in use. Whether it still applies is seen again when it is accepted.
 */
function assertProposal(document: Document, proposal: Proposal): void {
  switch (proposal.type) {
    case 'retitle':
    case 'setTargets': {
      const node = document.nodes.find((n) => n.id === proposal.id);
      if (!node) throw notFound(TEXTS.apply.node, proposal.id);
      if (proposal.type === 'setTargets' && node.kind !== 'indicator')
        throw new OperationError('invalid-value', TEXTS.apply.proposalIndicator, '/proposal/id');
      return;
    }
    case 'addNode': {
      assertNewId(document, proposal.node.id);
      // Each connection joins the new card to a card the plan has, under an id of its own.
      const ids = new Set<string>();
      for (const edge of proposal.edges) {
        const other = edge.source === proposal.node.id ? edge.target : edge.target === proposal.node.id ? edge.source : undefined;
        if (other === undefined || indexOfId(document.nodes, other) < 0) throw notFound(TEXTS.apply.node, other ?? edge.source);
        if (ids.has(edge.id) || edge.id === proposal.node.id)
          throw OperationError.of('duplicate-id', REFUSED.duplicateId, { id: quote(edge.id) });
        assertNewId(document, edge.id);
        ids.add(edge.id);
      }
      return;
    }
    case 'connect':
      assertNewId(document, proposal.edge.id);
      for (const end of [proposal.edge.source, proposal.edge.target])
        if (indexOfId(document.nodes, end) < 0) throw notFound(TEXTS.apply.node, end);
  }
}
/** A version keeps what the plan was: only its name changes. */
const VERSION_EDITABLE = new Set(['name']);
const DOCUMENT_EDITABLE = new Set([
  'title',
  'description',
  'language',
  'topic',
  'scope',
  'context',
  'areas',
  'status',
  'adoption',
  'parent',
]);
const WORKSHOP_EDITABLE = new Set(['step', 'dotsPerParticipant', 'participants']);
const CONTEXT_EDITABLE = new Set(['problem']);
const MONITORING_EDITABLE = new Set(['atRisk', 'csvColumns']);

function pickDetails(document: Document): Loose {
  const details: Loose = { title: document.title, description: document.description, language: document.language, status: document.status };
  if (document.adoption) details.adoption = document.adoption;
  if (document.parent) details.parent = document.parent;
  if (document.areas) details.areas = document.areas;
  if (document.topic) details.topic = document.topic;
  return details;
}

/**
 * Applies patches (e.g. the inverse patches of an edit, to undo it).
 *
 * @example
 * const before = applyPatches(after, result.inversePatches);
 */
export function applyPatches(document: Document, patches: readonly Patch[]): Document {
  return applyPatchList(document, patches);
}

import { type Language, LANGUAGES } from '../i18n/localized.js';
import { z } from 'zod';
import type { ParseError } from '../format/issue.js';
import { fromZodIssue } from '../format/zod-issues.js';
import { IdSchema, LIMITS } from '../model/schema.js';
import { NODE_LIST_FIELDS, OPERATION_TYPES, type Operation, type OperationType } from './operation.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

/** The version of the operation messages this library reads and writes. */
const OPERATION_VERSION = 1;

/** Most operations one message (a batch, nested batches included) may carry. */
export const MAX_OPERATIONS_PER_MESSAGE = 10_000;

const changes = z.record(z.string().max(64), z.unknown());
const point = z.strictObject({ x: z.number().finite(), y: z.number().finite() });
const item = z.looseObject({ id: IdSchema });
const label = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, z.string().max(LIMITS.maxTitleLength)])) as Record<Language, z.ZodString>,
);
const byId = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), id: IdSchema });
const update = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), id: IdSchema, changes });
const add = <T extends string, K extends string>(type: T, key: K) =>
  z.strictObject({ type: z.literal(type), [key]: item } as { type: z.ZodLiteral<T> } & Record<K, typeof item>);
const member = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), id: IdSchema, field: z.enum(NODE_LIST_FIELDS), value: z.string().min(1).max(100) });

/**
 * The shape of every operation, one entry per type. The values inside (a
 * card's fields, a partner's name) are checked by `applyOperation` against
 * the format itself; this checks what arrives from outside is an operation
 * at all, of a known type, with the right parts.
 */
const SHAPES = {
  addNode: z.strictObject({ type: z.literal('addNode'), node: item.extend({ kind: z.string() }), position: point.optional() }),
  updateNode: update('updateNode'),
  removeNode: byId('removeNode'),
  addToNode: member('addToNode'),
  removeFromNode: member('removeFromNode'),
  connect: z.strictObject({ type: z.literal('connect'), edge: item.extend({ source: IdSchema, target: IdSchema }) }),
  updateEdge: update('updateEdge'),
  disconnect: byId('disconnect'),
  addActor: add('addActor', 'actor'),
  updateActor: update('updateActor'),
  removeActor: byId('removeActor'),
  addTargetGroup: add('addTargetGroup', 'targetGroup'),
  updateTargetGroup: update('updateTargetGroup'),
  removeTargetGroup: byId('removeTargetGroup'),
  addFact: add('addFact', 'fact'),
  updateFact: update('updateFact'),
  removeFact: byId('removeFact'),
  addGroup: add('addGroup', 'group'),
  updateGroup: update('updateGroup'),
  removeGroup: byId('removeGroup'),
  addSource: add('addSource', 'source'),
  updateSource: update('updateSource'),
  removeSource: byId('removeSource'),
  addVersion: add('addVersion', 'version'),
  updateVersion: update('updateVersion'),
  removeVersion: byId('removeVersion'),
  updateMonitoring: z.strictObject({ type: z.literal('updateMonitoring'), changes }),
  moveNodes: z.strictObject({ type: z.literal('moveNodes'), positions: z.record(IdSchema, point) }),
  pinNode: z.strictObject({ type: z.literal('pinNode'), id: IdSchema, pinned: z.boolean(), at: point.optional() }),
  setPositions: z.strictObject({
    type: z.literal('setPositions'),
    positions: z.record(IdSchema, point.extend({ pinned: z.boolean().optional() })),
    direction: z.string().max(8).optional(),
  }),
  updateDocument: z.strictObject({ type: z.literal('updateDocument'), changes }),
  updateWorkshop: z.strictObject({ type: z.literal('updateWorkshop'), changes }),
  setVotes: z.strictObject({ type: z.literal('setVotes'), id: IdSchema, votes: z.number().int() }),
  vote: z.strictObject({ type: z.literal('vote'), id: IdSchema, delta: z.number().int().min(-100_000).max(100_000) }),
  addParkingLotItem: z.strictObject({ type: z.literal('addParkingLotItem'), item }),
  addIdea: z.strictObject({ type: z.literal('addIdea'), idea: item }),
  updateIdea: update('updateIdea'),
  removeIdea: byId('removeIdea'),
  updateParkingLotItem: update('updateParkingLotItem'),
  removeParkingLotItem: byId('removeParkingLotItem'),
  addComment: add('addComment', 'comment'),
  updateComment: update('updateComment'),
  removeComment: byId('removeComment'),
  addSuggestion: add('addSuggestion', 'suggestion'),
  updateSuggestion: update('updateSuggestion'),
  removeSuggestion: byId('removeSuggestion'),
  addReview: add('addReview', 'review'),
  updateReview: update('updateReview'),
  removeReview: byId('removeReview'),
  batch: z.strictObject({
    type: z.literal('batch'),
    get operations(): z.ZodArray<typeof OperationSchema> {
      return z.array(OperationSchema).max(MAX_OPERATIONS_PER_MESSAGE);
    },
    label: label.optional(),
  }),
} satisfies Record<OperationType, z.ZodType>;

/**
 * Any operation, as a zod schema: for operations that arrive from outside
 * (another laptop, a participant's phone, a file of operations).
 *
 * @example
 * OperationSchema.safeParse({ type: 'removeNode', id: 'goal-1' }).success; // true
 */
export const OperationSchema: z.ZodType<Operation> = z.discriminatedUnion(
  'type',
  OPERATION_TYPES.map((type) => SHAPES[type]) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Operation>;

/**
 * An operation as it travels: with the version of the operation format.
 *
 * @example
 * OperationMessageSchema.parse({ version: 1, operation: { type: 'vote', id: 'i-1', delta: 1 } });
 */
const OperationMessageSchema = z.strictObject({ version: z.literal(OPERATION_VERSION), operation: OperationSchema });

/** The result of {@link readOperationMessage}. */
export type OperationReading =
  { readonly ok: true; readonly operation: Operation } | { readonly ok: false; readonly errors: readonly ParseError[] };

function countOperations(operation: Operation, limit: number): number {
  let count = 0;
  const stack: Operation[] = [operation];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop()!;
    count++;
    if (next.type === 'batch') stack.push(...next.operations);
  }
  return count;
}

/**
 * Reads an operation message from outside: the version, a known type, the
 * right parts, and no more than {@link MAX_OPERATIONS_PER_MESSAGE} operations.
 * The errors name what is wrong and where (a JSON pointer), in Dutch and English.
 *
 * @example
 * const reading = readOperationMessage(JSON.parse(text));
 * if (reading.ok) history.apply(reading.operation);
 */
export function readOperationMessage(value: unknown): OperationReading {
  const result = OperationMessageSchema.safeParse(value);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.slice(0, LIMITS.maxReportedErrors).flatMap((issue) => fromZodIssue(issue, value)) };
  }
  if (countOperations(result.data.operation, MAX_OPERATIONS_PER_MESSAGE) > MAX_OPERATIONS_PER_MESSAGE) {
    return {
      ok: false,
      errors: [
        {
          code: 'too-large',
          path: '/operation',
          params: { limit: MAX_OPERATIONS_PER_MESSAGE },
          message: localizeMessage(TEXTS.operationSchema.tooMany, { limit: MAX_OPERATIONS_PER_MESSAGE }),
        },
      ],
    };
  }
  return { ok: true, operation: result.data.operation };
}

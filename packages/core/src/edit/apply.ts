import { Immer, enablePatches, type Draft, type Patch } from 'immer';
import type { z } from 'zod';
import { fromZodIssue } from '../format/zod-issues.js';
import { toJsonPointer } from '../format/issue.js';
import { usedIds } from '../model/factory.js';
import {
  ActorSchema,
  EdgeSchema,
  FactSchema,
  NodeSchema,
  ParkingLotItemSchema,
  PositionSchema,
  ScopeSchema,
  TargetGroupSchema,
  WorkshopSchema,
  GoalNodeSchema,
  OutcomeNodeSchema,
  InterventionNodeSchema,
  MechanismNodeSchema,
  IndicatorNodeSchema,
  AssumptionNodeSchema,
  LayoutSchema,
  ContextSchema,
  DocumentSchema,
  type Document,
} from '../model/schema.js';
import { canConnect } from './can-connect.js';
import { applyPatchList } from './patches.js';
import type { Operation } from './operation.js';
import { OperationError } from './operation-error.js';

enablePatches();

/**
 * The core's own immer instance. Auto-freeze is off: re-freezing a 10,000-node
 * array costs about 1 ms an edit (see docs/architecture.md); documents are
 * typed read-only instead, and only operations produce new ones.
 */
const immer = new Immer({ autoFreeze: false });

/** A new document and the patches that lead to it and back. */
export interface EditResult {
  readonly document: Document;
  readonly patches: Patch[];
  readonly inversePatches: Patch[];
}

const DOCUMENT_DETAILS = DocumentSchema.pick({ title: true, description: true, language: true });

const NODE_SCHEMAS = {
  goal: GoalNodeSchema,
  outcome: OutcomeNodeSchema,
  intervention: InterventionNodeSchema,
  mechanism: MechanismNodeSchema,
  indicator: IndicatorNodeSchema,
  assumption: AssumptionNodeSchema,
} as const;

const notFound = (what: { nl: string; en: string }, id: string) =>
  new OperationError('not-found', { nl: `${what.nl} "${id}" bestaat niet.`, en: `${what.en} "${id}" does not exist.` });

/** Parses a value with a schema or throws an OperationError naming the field. */
function check<S extends z.ZodType>(schema: S, value: unknown, basePath: readonly PropertyKey[]): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues.flatMap((issue) => fromZodIssue(issue, value))[0];
  const path = toJsonPointer([...basePath]) + (first?.path ?? '');
  throw new OperationError('invalid-value', first?.message ?? { nl: 'Ongeldige waarde.', en: 'Invalid value.' }, path);
}

function assertNewId(document: Document, id: string): void {
  if (usedIds(document).has(id)) {
    throw new OperationError('duplicate-id', { nl: `Het id "${id}" is al in gebruik.`, en: `The id "${id}" is already in use.` });
  }
}

/** Applies changes to a draft object; `undefined` removes an optional field. */
function assign(target: Record<string, unknown>, changes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
}

function merged(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...base };
  assign(next, changes);
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

function indexOfId(list: readonly { id: string }[], id: string): number {
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return i;
  return -1;
}

/**
 * Applies one operation. Returns the new document and immer patches forward
 * and back; the given document is never changed. Throws an
 * {@link OperationError} (and changes nothing) when the operation cannot apply.
 *
 * @example
 * const { document: next, inversePatches } = applyOperation(document, {
 *   type: 'updateNode', id: 'goal-1', changes: { title: 'Minder seksueel geweld' },
 * });
 */
export function applyOperation(document: Document, operation: Operation): EditResult {
  switch (operation.type) {
    case 'addNode': {
      const node = check(NodeSchema, operation.node, ['nodes', document.nodes.length]);
      assertNewId(document, node.id);
      const position = operation.position ? check(PositionSchema, operation.position, ['layout', 'positions', node.id]) : undefined;
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
      if (!node) throw notFound({ nl: 'Kaart', en: 'Node' }, operation.id);
      if ('id' in operation.changes || 'kind' in operation.changes) {
        throw new OperationError('immutable-field', {
          nl: 'Id en soort van een kaart liggen vast.',
          en: "A node's id and kind cannot change.",
        });
      }
      check(NODE_SCHEMAS[node.kind], merged(node, operation.changes), ['nodes', i]);
      return edit(document, (draft) => assign(draft.nodes[i] as Record<string, unknown>, operation.changes));
    }
    case 'removeNode': {
      const i = indexOfId(document.nodes, operation.id);
      if (i < 0) throw notFound({ nl: 'Kaart', en: 'Node' }, operation.id);
      const edgeIndexes: number[] = [];
      document.edges.forEach((edge, e) => {
        if (edge.source === operation.id || edge.target === operation.id) edgeIndexes.push(e);
      });
      return edit(
        document,
        (draft) => {
          if (draft.layout && operation.id in draft.layout.positions) delete draft.layout.positions[operation.id];
          if (draft.workshop && operation.id in draft.workshop.votes) delete draft.workshop.votes[operation.id];
        },
        [
          { path: ['edges'], items: document.edges, indexes: edgeIndexes },
          { path: ['nodes'], items: document.nodes, indexes: [i] },
        ],
      );
    }
    case 'connect': {
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
      if (!edge) throw notFound({ nl: 'Verbinding', en: 'Connection' }, operation.id);
      check(EdgeSchema, merged(edge, operation.changes), ['edges', i]);
      return edit(document, (draft) => assign(draft.edges[i] as Record<string, unknown>, operation.changes));
    }
    case 'disconnect': {
      const i = indexOfId(document.edges, operation.id);
      if (i < 0) throw notFound({ nl: 'Verbinding', en: 'Connection' }, operation.id);
      return edit(document, () => {}, [{ path: ['edges'], items: document.edges, indexes: [i] }]);
    }
    case 'addActor': {
      const actor = check(ActorSchema, operation.actor, ['actors', document.actors.length]);
      assertNewId(document, actor.id);
      return edit(document, (draft) => {
        draft.actors.push(actor);
      });
    }
    case 'updateActor': {
      const i = indexOfId(document.actors, operation.id);
      const actor = document.actors[i];
      if (!actor) throw notFound({ nl: 'Partner', en: 'Partner' }, operation.id);
      check(ActorSchema, merged(actor, { ...operation.changes, id: actor.id }), ['actors', i]);
      return edit(document, (draft) => assign(draft.actors[i] as Record<string, unknown>, operation.changes));
    }
    case 'removeActor': {
      const i = indexOfId(document.actors, operation.id);
      if (i < 0) throw notFound({ nl: 'Partner', en: 'Partner' }, operation.id);
      const id = operation.id;
      return edit(
        document,
        (draft) => {
          document.nodes.forEach((node, n) => {
            if (node.kind === 'intervention' && node.actors.includes(id)) {
              const target = draft.nodes[n] as typeof node;
              target.actors = node.actors.filter((actor) => actor !== id);
            } else if (node.kind === 'indicator' && node.owner === id) {
              delete (draft.nodes[n] as typeof node).owner;
            }
          });
        },
        [{ path: ['actors'], items: document.actors, indexes: [i] }],
      );
    }
    case 'addTargetGroup': {
      const group = check(TargetGroupSchema, operation.targetGroup, ['targetGroups', document.targetGroups.length]);
      assertNewId(document, group.id);
      return edit(document, (draft) => {
        draft.targetGroups.push(group);
      });
    }
    case 'updateTargetGroup': {
      const i = indexOfId(document.targetGroups, operation.id);
      const group = document.targetGroups[i];
      if (!group) throw notFound({ nl: 'Doelgroep', en: 'Target group' }, operation.id);
      check(TargetGroupSchema, merged(group, { ...operation.changes, id: group.id }), ['targetGroups', i]);
      return edit(document, (draft) => assign(draft.targetGroups[i] as Record<string, unknown>, operation.changes));
    }
    case 'removeTargetGroup': {
      const i = indexOfId(document.targetGroups, operation.id);
      if (i < 0) throw notFound({ nl: 'Doelgroep', en: 'Target group' }, operation.id);
      const id = operation.id;
      return edit(
        document,
        (draft) => {
          document.nodes.forEach((node, n) => {
            if (node.kind === 'intervention' && node.targetGroups.includes(id)) {
              (draft.nodes[n] as typeof node).targetGroups = node.targetGroups.filter((group) => group !== id);
            }
          });
        },
        [{ path: ['targetGroups'], items: document.targetGroups, indexes: [i] }],
      );
    }
    case 'addFact': {
      const fact = check(FactSchema, operation.fact, ['context', 'facts', document.context.facts.length]);
      assertNewId(document, fact.id);
      return edit(document, (draft) => {
        draft.context.facts.push(fact);
      });
    }
    case 'updateFact': {
      const i = indexOfId(document.context.facts, operation.id);
      const fact = document.context.facts[i];
      if (!fact) throw notFound({ nl: 'Feit', en: 'Fact' }, operation.id);
      check(FactSchema, merged(fact, { ...operation.changes, id: fact.id }), ['context', 'facts', i]);
      return edit(document, (draft) => assign(draft.context.facts[i] as Record<string, unknown>, operation.changes));
    }
    case 'removeFact': {
      const i = indexOfId(document.context.facts, operation.id);
      if (i < 0) throw notFound({ nl: 'Feit', en: 'Fact' }, operation.id);
      return edit(document, () => {}, [{ path: ['context', 'facts'], items: document.context.facts, indexes: [i] }]);
    }
    case 'setPositions': {
      const nodeIds = new Set(document.nodes.map((node) => node.id));
      for (const [id, position] of Object.entries(operation.positions)) {
        if (!nodeIds.has(id)) throw notFound({ nl: 'Kaart', en: 'Node' }, id);
        check(PositionSchema, position, ['layout', 'positions', id]);
      }
      return edit(document, (draft) => {
        draft.layout ??= LayoutSchema.parse({});
        if (operation.direction) draft.layout.direction = operation.direction;
        for (const [id, position] of Object.entries(operation.positions)) {
          const current = draft.layout.positions[id];
          if (current && current.x === position.x && current.y === position.y && current.pinned === position.pinned) continue;
          draft.layout.positions[id] = { ...position };
        }
      });
    }
    case 'updateDocument': {
      const { scope, context, ...rest } = operation.changes;
      const nextScope = scope ? check(ScopeSchema, merged(document.scope, scope), ['scope']) : undefined;
      check(DOCUMENT_DETAILS, merged({ title: document.title, description: document.description, language: document.language }, rest), []);
      if (context?.problem !== undefined) check(ContextSchema.shape.problem, context.problem, ['context', 'problem']);
      return edit(document, (draft) => {
        assign(draft, rest);
        if (nextScope && scope) assign(draft.scope, scope);
        if (context?.problem !== undefined) draft.context.problem = context.problem;
      });
    }
    case 'updateWorkshop': {
      const current = document.workshop ?? WorkshopSchema.parse({});
      check(WorkshopSchema, merged(current, operation.changes), ['workshop']);
      return edit(document, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
        assign(draft.workshop, operation.changes);
      });
    }
    case 'setVotes': {
      if (indexOfId(document.nodes, operation.id) < 0) throw notFound({ nl: 'Kaart', en: 'Node' }, operation.id);
      if (!Number.isInteger(operation.votes) || operation.votes < 0) {
        throw new OperationError('invalid-value', { nl: 'Stemmen zijn een heel getal vanaf 0.', en: 'Votes are a whole number from 0.' });
      }
      return edit(document, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
        if (operation.votes === 0) delete draft.workshop.votes[operation.id];
        else draft.workshop.votes[operation.id] = operation.votes;
      });
    }
    case 'addParkingLotItem': {
      const item = check(ParkingLotItemSchema, operation.item, ['workshop', 'parkingLot']);
      assertNewId(document, item.id);
      return edit(document, (draft) => {
        draft.workshop ??= WorkshopSchema.parse({});
        draft.workshop.parkingLot.push(item);
      });
    }
    case 'updateParkingLotItem': {
      const list = document.workshop?.parkingLot ?? [];
      const i = indexOfId(list, operation.id);
      const item = list[i];
      if (!item) throw notFound({ nl: 'Parkeerpuntje', en: 'Parking-lot note' }, operation.id);
      check(ParkingLotItemSchema, merged(item, { ...operation.changes, id: item.id }), ['workshop', 'parkingLot', i]);
      return edit(document, (draft) => assign(draft.workshop!.parkingLot[i] as Record<string, unknown>, operation.changes));
    }
    case 'removeParkingLotItem': {
      const list = document.workshop?.parkingLot ?? [];
      const i = indexOfId(list, operation.id);
      if (i < 0) throw notFound({ nl: 'Parkeerpuntje', en: 'Parking-lot note' }, operation.id);
      return edit(document, () => {}, [{ path: ['workshop', 'parkingLot'], items: list, indexes: [i] }]);
    }
    case 'batch': {
      let current = document;
      const patches: Patch[] = [];
      const inverseSteps: Patch[][] = [];
      for (const step of operation.operations) {
        const result = applyOperation(current, step);
        current = result.document;
        for (const patch of result.patches) patches.push(patch);
        inverseSteps.push(result.inversePatches);
      }
      // Undo runs the steps' inverses last step first.
      return { document: current, patches, inversePatches: inverseSteps.reverse().flat() };
    }
  }
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

import type { Localized } from '../i18n/localized.js';
import type {
  Actor,
  AreaDefinition,
  Context,
  Document,
  Edge,
  Fact,
  Group,
  Idea,
  ParkingLotItem,
  Position,
  Scope,
  Source,
  TargetGroup,
  ToCNode,
  Version,
  Monitoring,
  Workshop,
} from '../model/schema.js';
import type { LayoutDirection } from '../model/vocabulary.js';

/** Fields of a node that an update may change: everything but its id and kind. */
export type NodeChanges = { readonly [K in keyof ToCNode as K extends 'id' | 'kind' ? never : K]?: unknown } & Record<string, unknown>;

/**
 * One change to a document, as plain data. Operations name things by id,
 * never by position, so they can be logged, sent to another laptop, or
 * replayed. {@link applyOperation} turns one into a new document and patches.
 *
 * @example
 * const operation: Operation = { type: 'updateNode', id: 'goal-1', changes: { title: 'Minder geweld' } };
 * const { document: next } = applyOperation(document, operation);
 */
export type Operation =
  | { readonly type: 'addNode'; readonly node: ToCNode; readonly position?: Position }
  | { readonly type: 'updateNode'; readonly id: string; readonly changes: NodeChanges }
  | { readonly type: 'removeNode'; readonly id: string }
  /** One partner, target group or tag added to a card, leaving the others as they are (two people ticking different partners both count). */
  | { readonly type: 'addToNode'; readonly id: string; readonly field: NodeListField; readonly value: string }
  /** One partner, target group or tag taken off a card. */
  | { readonly type: 'removeFromNode'; readonly id: string; readonly field: NodeListField; readonly value: string }
  | { readonly type: 'connect'; readonly edge: Edge }
  | { readonly type: 'updateEdge'; readonly id: string; readonly changes: Partial<Pick<Edge, 'rationale' | 'evidence' | 'confidence'>> }
  | { readonly type: 'disconnect'; readonly id: string }
  | { readonly type: 'addActor'; readonly actor: Actor }
  | { readonly type: 'updateActor'; readonly id: string; readonly changes: Partial<Omit<Actor, 'id'>> }
  | { readonly type: 'removeActor'; readonly id: string }
  | { readonly type: 'addTargetGroup'; readonly targetGroup: TargetGroup }
  | { readonly type: 'updateTargetGroup'; readonly id: string; readonly changes: Partial<Omit<TargetGroup, 'id'>> }
  | { readonly type: 'removeTargetGroup'; readonly id: string }
  | { readonly type: 'addFact'; readonly fact: Fact }
  | { readonly type: 'updateFact'; readonly id: string; readonly changes: Partial<Omit<Fact, 'id'>> }
  | { readonly type: 'removeFact'; readonly id: string }
  | { readonly type: 'addGroup'; readonly group: Group }
  | { readonly type: 'updateGroup'; readonly id: string; readonly changes: Partial<Omit<Group, 'id'>> }
  | { readonly type: 'removeGroup'; readonly id: string }
  | { readonly type: 'addSource'; readonly source: Source }
  | { readonly type: 'updateSource'; readonly id: string; readonly changes: Partial<Omit<Source, 'id'>> }
  | { readonly type: 'removeSource'; readonly id: string }
  /** A named version of the plan kept in the file (see `makeVersion`). */
  | { readonly type: 'addVersion'; readonly version: Version }
  | { readonly type: 'updateVersion'; readonly id: string; readonly changes: Partial<Pick<Version, 'name'>> }
  | { readonly type: 'removeVersion'; readonly id: string }
  /** How progress is judged and which CSV columns hold what; `csvColumns: undefined` forgets the columns. */
  | { readonly type: 'updateMonitoring'; readonly changes: Partial<Monitoring> }
  /** Cards moved to new places; each keeps its pin. */
  | { readonly type: 'moveNodes'; readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>> }
  /** A card pinned (the layout leaves it where it is) or let go; `at` is where it stands when it has no stored place. */
  | { readonly type: 'pinNode'; readonly id: string; readonly pinned: boolean; readonly at?: { readonly x: number; readonly y: number } }
  /** Places set wholesale, pins included: what a layout run writes. */
  | {
      readonly type: 'setPositions';
      readonly positions: Readonly<Record<string, Position>>;
      readonly direction?: LayoutDirection;
    }
  | {
      readonly type: 'updateDocument';
      readonly changes: Partial<Pick<Document, 'title' | 'description' | 'language'>> & {
        readonly scope?: Partial<Scope>;
        readonly context?: Partial<Pick<Context, 'problem'>>;
        /** The plan's subject pack (`listTopics`); `undefined` returns to neutral wording. */
        readonly topic?: string | undefined;
        /** The document's own areas; `undefined` returns to the five default areas. */
        readonly areas?: readonly AreaDefinition[] | undefined;
      };
    }
  | { readonly type: 'updateWorkshop'; readonly changes: Partial<Pick<Workshop, 'step' | 'dotsPerParticipant' | 'participants'>> }
  | { readonly type: 'setVotes'; readonly id: string; readonly votes: number }
  /** Dots added to (or, negative, taken from) a card: a difference, so dots placed at the same time all count. */
  | { readonly type: 'vote'; readonly id: string; readonly delta: number }
  | { readonly type: 'addParkingLotItem'; readonly item: ParkingLotItem }
  | { readonly type: 'updateParkingLotItem'; readonly id: string; readonly changes: Partial<Omit<ParkingLotItem, 'id'>> }
  | { readonly type: 'removeParkingLotItem'; readonly id: string }
  | { readonly type: 'addIdea'; readonly idea: Idea }
  | { readonly type: 'updateIdea'; readonly id: string; readonly changes: Partial<Omit<Idea, 'id'>> }
  | { readonly type: 'removeIdea'; readonly id: string }
  | { readonly type: 'batch'; readonly operations: readonly Operation[]; readonly label?: Localized };

export type OperationType = Operation['type'];

/** The lists of ids or words on a card that change one member at a time. */
export const NODE_LIST_FIELDS = ['actors', 'targetGroups', 'tags'] as const;
export type NodeListField = (typeof NODE_LIST_FIELDS)[number];

const LABELS: Record<OperationType, Localized> = {
  addNode: { nl: 'kaart toevoegen', en: 'add node' },
  updateNode: { nl: 'kaart wijzigen', en: 'edit node' },
  removeNode: { nl: 'kaart verwijderen', en: 'delete node' },
  addToNode: { nl: 'aan kaart toevoegen', en: 'add to node' },
  removeFromNode: { nl: 'van kaart halen', en: 'remove from node' },
  connect: { nl: 'verbinden', en: 'connect' },
  updateEdge: { nl: 'verbinding wijzigen', en: 'edit connection' },
  disconnect: { nl: 'verbinding verwijderen', en: 'delete connection' },
  addActor: { nl: 'partner toevoegen', en: 'add partner' },
  updateActor: { nl: 'partner wijzigen', en: 'edit partner' },
  removeActor: { nl: 'partner verwijderen', en: 'delete partner' },
  addTargetGroup: { nl: 'doelgroep toevoegen', en: 'add target group' },
  updateTargetGroup: { nl: 'doelgroep wijzigen', en: 'edit target group' },
  removeTargetGroup: { nl: 'doelgroep verwijderen', en: 'delete target group' },
  addFact: { nl: 'feit toevoegen', en: 'add fact' },
  updateFact: { nl: 'feit wijzigen', en: 'edit fact' },
  removeFact: { nl: 'feit verwijderen', en: 'delete fact' },
  addGroup: { nl: 'groep toevoegen', en: 'add group' },
  updateGroup: { nl: 'groep wijzigen', en: 'edit group' },
  removeGroup: { nl: 'groep verwijderen', en: 'delete group' },
  addSource: { nl: 'bron toevoegen', en: 'add source' },
  updateSource: { nl: 'bron wijzigen', en: 'edit source' },
  removeSource: { nl: 'bron verwijderen', en: 'delete source' },
  addVersion: { nl: 'versie maken', en: 'make version' },
  updateVersion: { nl: 'versie hernoemen', en: 'rename version' },
  removeVersion: { nl: 'versie verwijderen', en: 'delete version' },
  updateMonitoring: { nl: 'meetinstellingen wijzigen', en: 'edit measurement settings' },
  moveNodes: { nl: 'kaarten verplaatsen', en: 'move nodes' },
  pinNode: { nl: 'kaart vastzetten', en: 'pin node' },
  setPositions: { nl: 'kaarten verplaatsen', en: 'move nodes' },
  updateDocument: { nl: 'documentgegevens wijzigen', en: 'edit document details' },
  updateWorkshop: { nl: 'werksessie wijzigen', en: 'edit workshop' },
  setVotes: { nl: 'stemmen', en: 'vote' },
  vote: { nl: 'stippen plakken', en: 'vote' },
  addParkingLotItem: { nl: 'parkeerpuntje toevoegen', en: 'add parking-lot note' },
  updateParkingLotItem: { nl: 'parkeerpuntje wijzigen', en: 'edit parking-lot note' },
  removeParkingLotItem: { nl: 'parkeerpuntje verwijderen', en: 'delete parking-lot note' },
  addIdea: { nl: 'idee toevoegen', en: 'add idea' },
  updateIdea: { nl: 'idee wijzigen', en: 'edit idea' },
  removeIdea: { nl: 'idee verwijderen', en: 'delete idea' },
  batch: { nl: 'meerdere wijzigingen', en: 'several changes' },
};

/** Every operation type, for checks on operations that arrive from outside. */
export const OPERATION_TYPES = Object.keys(LABELS) as readonly OperationType[];

/**
 * A short description of what an operation does, for undo/redo menus.
 *
 * @example
 * describeOperation({ type: 'removeNode', id: 'goal-1' }).nl; // 'kaart verwijderen'
 */
export function describeOperation(operation: Operation): Localized {
  if (typeof operation !== 'object' || operation === null || !Object.hasOwn(LABELS, operation.type)) {
    return { nl: 'onbekende wijziging', en: 'unknown change' };
  }
  if (operation.type === 'batch') {
    if (operation.label) return operation.label;
    const steps: readonly (Operation | undefined)[] | undefined = Array.isArray(operation.operations) ? operation.operations : undefined;
    if (!steps) return LABELS.batch;
    const types = new Set(steps.map((op) => op?.type));
    const only = steps[0];
    if (types.size === 1 && only) return describeOperation(only);
  }
  return LABELS[operation.type];
}

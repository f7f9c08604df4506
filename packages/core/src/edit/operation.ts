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
import type { Comment, ReviewRound, Suggestion } from '../model/review.js';
import { TEXTS } from './locales/index.js';

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
        /** Concept, in review or adopted (see `adoptPlan`). */
        readonly status?: Document['status'];
        /** When and by whom it was adopted; `undefined` forgets it. */
        readonly adoption?: Document['adoption'] | undefined;
        /** The plan this one builds on (a region's); `undefined` forgets it. */
        readonly parent?: Document['parent'] | undefined;
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
  /** A comment or a reply (`replyTo`) on a card, a connection, a group or the plan. */
  | { readonly type: 'addComment'; readonly comment: Comment }
  /** A comment's words corrected, or its thread resolved or opened again. */
  | { readonly type: 'updateComment'; readonly id: string; readonly changes: Partial<Pick<Comment, 'text' | 'status'>> }
  /** A comment removed; removing the first of a thread removes its replies. */
  | { readonly type: 'removeComment'; readonly id: string }
  /** A partner's proposed change (`acceptSuggestion` takes it into the plan). */
  | { readonly type: 'addSuggestion'; readonly suggestion: Suggestion }
  /** The owner's decision on a suggestion. */
  | { readonly type: 'updateSuggestion'; readonly id: string; readonly changes: Partial<Pick<Suggestion, 'status' | 'decision'>> }
  | { readonly type: 'removeSuggestion'; readonly id: string }
  /** A review round started: which partners, by when. */
  | { readonly type: 'addReview'; readonly review: ReviewRound }
  | { readonly type: 'updateReview'; readonly id: string; readonly changes: Partial<Omit<ReviewRound, 'id'>> }
  | { readonly type: 'removeReview'; readonly id: string }
  | { readonly type: 'batch'; readonly operations: readonly Operation[]; readonly label?: Localized };

export type OperationType = Operation['type'];

/** The lists of ids or words on a card that change one member at a time. */
export const NODE_LIST_FIELDS = ['actors', 'targetGroups', 'tags'] as const;
export type NodeListField = (typeof NODE_LIST_FIELDS)[number];

const LABELS: Record<OperationType, Localized> = {
  addNode: TEXTS.operation.labelsAddNode,
  updateNode: TEXTS.operation.labelsUpdateNode,
  removeNode: TEXTS.operation.labelsRemoveNode,
  addToNode: TEXTS.operation.labelsAddToNode,
  removeFromNode: TEXTS.operation.labelsRemoveFromNode,
  connect: TEXTS.operation.labelsConnect,
  updateEdge: TEXTS.operation.labelsUpdateEdge,
  disconnect: TEXTS.operation.labelsDisconnect,
  addActor: TEXTS.operation.labelsAddActor,
  updateActor: TEXTS.operation.labelsUpdateActor,
  removeActor: TEXTS.operation.labelsRemoveActor,
  addTargetGroup: TEXTS.operation.labelsAddTargetGroup,
  updateTargetGroup: TEXTS.operation.labelsUpdateTargetGroup,
  removeTargetGroup: TEXTS.operation.labelsRemoveTargetGroup,
  addFact: TEXTS.operation.labelsAddFact,
  updateFact: TEXTS.operation.labelsUpdateFact,
  removeFact: TEXTS.operation.labelsRemoveFact,
  addGroup: TEXTS.operation.labelsAddGroup,
  updateGroup: TEXTS.operation.labelsUpdateGroup,
  removeGroup: TEXTS.operation.labelsRemoveGroup,
  addSource: TEXTS.operation.labelsAddSource,
  updateSource: TEXTS.operation.labelsUpdateSource,
  removeSource: TEXTS.operation.labelsRemoveSource,
  addVersion: TEXTS.operation.labelsAddVersion,
  updateVersion: TEXTS.operation.labelsUpdateVersion,
  removeVersion: TEXTS.operation.labelsRemoveVersion,
  updateMonitoring: TEXTS.operation.labelsUpdateMonitoring,
  moveNodes: TEXTS.operation.labelsMoveNodes,
  pinNode: TEXTS.operation.labelsPinNode,
  setPositions: TEXTS.operation.labelsSetPositions,
  updateDocument: TEXTS.operation.labelsUpdateDocument,
  updateWorkshop: TEXTS.operation.labelsUpdateWorkshop,
  setVotes: TEXTS.operation.labelsSetVotes,
  vote: TEXTS.operation.labelsVote,
  addParkingLotItem: TEXTS.operation.labelsAddParkingLotItem,
  updateParkingLotItem: TEXTS.operation.labelsUpdateParkingLotItem,
  removeParkingLotItem: TEXTS.operation.labelsRemoveParkingLotItem,
  addIdea: TEXTS.operation.labelsAddIdea,
  updateIdea: TEXTS.operation.labelsUpdateIdea,
  removeIdea: TEXTS.operation.labelsRemoveIdea,
  addComment: TEXTS.operation.labelsAddComment,
  updateComment: TEXTS.operation.labelsUpdateComment,
  removeComment: TEXTS.operation.labelsRemoveComment,
  addSuggestion: TEXTS.operation.labelsAddSuggestion,
  updateSuggestion: TEXTS.operation.labelsUpdateSuggestion,
  removeSuggestion: TEXTS.operation.labelsRemoveSuggestion,
  addReview: TEXTS.operation.labelsAddReview,
  updateReview: TEXTS.operation.labelsUpdateReview,
  removeReview: TEXTS.operation.labelsRemoveReview,
  batch: TEXTS.operation.labelsBatch,
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
    return TEXTS.operation.describeOperation;
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

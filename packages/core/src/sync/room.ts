import type * as Y from 'yjs';
import { z } from 'zod';
import { inEveryLanguage, type Localized } from '../i18n/localized.js';
import { IdSchema, LIMITS, type Document } from '../model/schema.js';
import { NODE_KIND_PLURALS, NODE_KINDS, type NodeKind } from '../model/vocabulary.js';
import { WORKSHOP_GUIDE } from '../workshop/steps.js';
import type { SharedDocument } from './binding.js';
import { applyReviewCommand, ReviewCommandSchema, type Reviewer } from './review-commands.js';
import { ballotRefusal, castDot, MAX_VOTERS_PER_ROOM, voteRefusal, type BallotMode, type Dots } from './ballot.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

/**
 * Who someone is in a room. The server enforces it: only a facilitator writes the plan. A `reader` holds a plan
 * link for the region: it may fetch the plan's file and do nothing else.
 *
 * @example
 * const role: RoomRole = 'participant';
 */
export type RoomRole = 'facilitator' | 'participant' | 'viewer' | 'reviewer' | 'reader';
/**
 * Most people one room takes: as many as cast dots.
 *
 * @example
 * ROOM_ROLES.includes('viewer'); // true: a projector joins as a viewer
 */
export const ROOM_ROLES: readonly RoomRole[] = ['facilitator', 'participant', 'viewer', 'reviewer', 'reader'];

/**
 * Where voting stands: closed, open (dots can be placed), or revealed (the counts shown to the room).
 *
 * @example
 * const voting: VotingState = readRoomState(ydoc).voting;
 */
export type VotingState = 'closed' | 'open' | 'revealed';

/**
 * Whether the cards in a room keep their dot counts to themselves: until the
 * facilitator shows the results, while voting is open and after it closes,
 * so closing a round does not show its outcome before the facilitator does.
 *
 * @example
 * votesHidden(readRoomState(ydoc)); // true until 'revealed'
 */
export function votesHidden(room: RoomState): boolean {
  return room.voting !== 'revealed';
}

/**
 * The room's own state beside the plan: voting, the shared timer, the lock. Kept in the Yjs document, written by the facilitator.
 *
 * @example
 * const state: RoomState = readRoomState(ydoc);
 * if (state.locked) show('Even op slot');
 */
export interface RoomState {
  readonly voting: VotingState;
  /** When the shared timer ends, in server time (ms since 1970), or undefined when no timer runs. */
  readonly timerEndsAt: number | undefined;
  /** The timer's length in seconds, for showing progress. */
  readonly timerSeconds: number | undefined;
  /** Participants cannot add cards or vote while the facilitator has locked the room. */
  readonly locked: boolean;
  /** A secret ballot (the default: dots stay on the server) or open voting (dots in the plan, per voter). */
  readonly ballot: BallotMode;
  /** Names are left off the cards participants send: the facilitator and the screen see the idea, not who had it. */
  readonly anonymous: boolean;
  /** Participants see each other's waiting cards and can +1 them. */
  readonly shareIdeas: boolean;
}

/**
 * A card a participant proposed, waiting in the facilitator's inbox.
 *
 * @example
 * for (const waiting of readInbox(ydoc) satisfies InboxCard[]) console.log(waiting.author, waiting.title);
 */
export interface InboxCard {
  readonly id: string;
  readonly kind: NodeKind;
  readonly title: string;
  /** The participant's name or table, as they gave it; may be empty. */
  readonly author: string;
  /** The participant's id (from their token): their own cards are marked on their screen. */
  readonly authorId: string;
  /** Server time it arrived, ms since 1970. */
  readonly at: number;
  /** How many others in the room gave it a +1 (each person once, counted by the server). */
  readonly support?: number;
}

const ROOM = 'room';
const INBOX = 'inbox';
const AUTHORS = 'authors';

/**
 * The room's state in a Yjs document.
 *
 * @example
 * const { voting } = readRoomState(ydoc);
 */
export function readRoomState(ydoc: Y.Doc): RoomState {
  const room = ydoc.getMap<unknown>(ROOM);
  const voting = room.get('voting');
  const endsAt = room.get('timerEndsAt');
  const seconds = room.get('timerSeconds');
  return {
    voting: voting === 'open' || voting === 'revealed' ? voting : 'closed',
    timerEndsAt: typeof endsAt === 'number' ? endsAt : undefined,
    timerSeconds: typeof seconds === 'number' ? seconds : undefined,
    locked: room.get('locked') === true,
    ballot: room.get('ballot') === 'open' ? 'open' : 'secret',
    anonymous: room.get('anonymous') === true,
    shareIdeas: room.get('shareIdeas') === true,
  };
}

/**
 * Changes the room's state (the facilitator's controls).
 *
 * @example
 * writeRoomState(ydoc, { voting: 'open' });
 * writeRoomState(ydoc, { timerEndsAt: serverNow + 300_000, timerSeconds: 300 });
 */
export function writeRoomState(ydoc: Y.Doc, changes: Partial<RoomState>, origin?: unknown): void {
  const room = ydoc.getMap<unknown>(ROOM);
  ydoc.transact(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) room.delete(key);
      else room.set(key, value);
    }
  }, origin);
}

/**
 * The inbox: cards participants proposed, oldest first.
 *
 * @example
 * for (const card of readInbox(ydoc)) console.log(card.author, card.title);
 */
export function readInbox(ydoc: Y.Doc): InboxCard[] {
  const cards: InboxCard[] = [];
  for (const value of ydoc.getMap<unknown>(INBOX).values()) {
    const card = InboxCardSchema.safeParse(value);
    if (card.success) cards.push(card.data);
  }
  return cards.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/**
 * Takes a card out of the inbox (accepted, merged or parked).
 *
 * @example
 * removeFromInbox(ydoc, card.id);
 */
export function removeFromInbox(ydoc: Y.Doc, id: string, origin?: unknown): void {
  ydoc.transact(() => ydoc.getMap(INBOX).delete(id), origin);
}

/**
 * Takes a card out of the inbox into the plan as card `nodeId`, remembering
 * who proposed it, so their screen can mark it as theirs.
 *
 * @example
 * acceptFromInbox(ydoc, card, 'int-lx3');
 */
export function acceptFromInbox(ydoc: Y.Doc, card: InboxCard, nodeId: string, origin?: unknown): void {
  ydoc.transact(() => {
    ydoc.getMap(INBOX).delete(card.id);
    ydoc.getMap(AUTHORS).set(nodeId, card.authorId);
  }, origin);
}

/**
 * The cards of the plan that one participant proposed.
 *
 * @example
 * const mine = cardsBy(ydoc, claims.id); // Set of node ids
 */
export function cardsBy(ydoc: Y.Doc, authorId: string): Set<string> {
  const ids = new Set<string>();
  for (const [nodeId, author] of ydoc.getMap<unknown>(AUTHORS)) if (author === authorId) ids.add(nodeId);
  return ids;
}

const InboxCardSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(NODE_KINDS.values),
  title: z.string().min(1).max(LIMITS.maxTitleLength),
  author: z.string().max(80),
  authorId: z.string().max(64),
  at: z.number(),
  support: z.number().int().nonnegative().optional(),
});

/**
 * The reason the server gives when it ends a connection because the facilitator closed the room.
 *
 * @example
 * if (text === ROOM_CLOSED_REASON) show('De facilitator heeft de ruimte gesloten.');
 */
export const ROOM_CLOSED_REASON = 'room closed';

/**
 * The version of participants' command messages.
 *
 * @example
 * provider.sendStateless(JSON.stringify({ version: ROOM_COMMAND_VERSION, id: 1, command: { type: 'vote', card: 'int-1', delta: 1 } }));
 */
export const ROOM_COMMAND_VERSION = 1;

/**
 * Most cards one participant may have waiting in the inbox at once.
 *
 * @example
 * if (readInbox(ydoc).filter((waiting) => waiting.author === claims.id).length >= MAX_INBOX_PER_PARTICIPANT) refuse();
 */
export const MAX_INBOX_PER_PARTICIPANT = 50;
/**
 * What a whole room takes, however many times people join (each join is a new identity with its own budget): cards
 * waiting in the inbox, and people who write cards or place dots. A room of 100 fits with room to spare.
 *
 * @example
 * if (readInbox(ydoc).length >= MAX_INBOX_PER_ROOM) refuse();
 */
export const MAX_INBOX_PER_ROOM = 500;
/**
 * The three roles, in order of what they may do.
 *
 * @example
 * console.log(`Een ruimte neemt ${MAX_PEOPLE_PER_ROOM} deelnemers op.`);
 */
export const MAX_PEOPLE_PER_ROOM = MAX_VOTERS_PER_ROOM;

/**
 * What a participant may ask of the room. Participants never write the plan
 * themselves: the server checks each command and carries it out.
 *
 * @example
 * const checked = RoomCommandSchema.safeParse(JSON.parse(text));
 */
export const RoomCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('addCard'),
    title: z.string().trim().min(1).max(LIMITS.maxTitleLength),
    /** Defaults to what the current step captures. */
    kind: z.enum(NODE_KINDS.values).optional(),
  }),
  z.strictObject({ type: z.literal('vote'), card: IdSchema, delta: z.union([z.literal(1), z.literal(-1)]) }),
  /** Asks for one's own dots (after a reload); the answer carries them as `mine`. */
  z.strictObject({ type: z.literal('ballot') }),
  /** A +1 on someone else's waiting card, when the facilitator shares the ideas; the server counts each person once. */
  z.strictObject({ type: z.literal('support'), card: IdSchema }),
  // A partner's comment or suggestion through a review link (`review-commands.ts`).
  ...ReviewCommandSchema.options,
]);
/**
 * One command of a participant, checked by {@link RoomCommandSchema}.
 *
 * @example
 * const add: RoomCommand = { type: 'addCard', title: 'Weerbaarheidstraining' };
 */
export type RoomCommand = z.output<typeof RoomCommandSchema>;

/**
 * A participant's command as it travels, with its version and a number the
 * answer refers to.
 *
 * @example
 * provider.sendStateless(JSON.stringify({ version: 1, id: 7, command: { type: 'vote', card: 'int-1', delta: 1 } }));
 */
export const RoomCommandMessageSchema = z.strictObject({
  version: z.literal(ROOM_COMMAND_VERSION),
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  command: RoomCommandSchema,
  /**
   * The sender's own name for this command, the same each time it is sent again (after a lost answer or a time
   * offline): the server carries a command out once per key.
   */
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
});
/**
 * A command message as it travels, checked by {@link RoomCommandMessageSchema}.
 *
 * @example
 * const message: RoomCommandMessage = RoomCommandMessageSchema.parse(JSON.parse(text));
 */
export type RoomCommandMessage = z.output<typeof RoomCommandMessageSchema>;

/**
 * The server's answer to a command: done, or refused with a reason in both languages.
 *
 * @example
 * const answer: RoomCommandAnswer = await connection.command(command, commandKey());
 * if (!answer.ok) show(answer.reason.nl);
 */
export type RoomCommandAnswer =
  | {
      readonly answer: number;
      readonly ok: true;
      readonly mine?: Dots;
      readonly voters?: number;
      /** This command's key was carried out before: nothing was done again. */
      readonly duplicate?: true;
    }
  | {
      readonly answer: number;
      readonly ok: false;
      readonly reason: Localized;
      /** The refusal passes (too many commands at once, no connection): the same command may be sent again later. */
      readonly retry?: true;
    };

/**
 * The kind of card a participant adds in the plan's current step (what the step captures first), or undefined when
 * the step collects no cards from the room (the problem analysis, prioritising).
 *
 * @example
 * captureKindFor(document); // 'intervention' in step 3
 */
export function captureKindFor(document: Document): NodeKind | undefined {
  return captureKindsFor(document)[0];
}

/**
 * Every kind participants may add in the plan's current step (step 4: mechanisms and outcomes).
 *
 * @example
 * captureKindsFor(document); // ['mechanism', 'outcome'] in step 4
 */
export function captureKindsFor(document: Document): readonly NodeKind[] {
  const step = document.workshop?.step ?? 'problem';
  return WORKSHOP_GUIDE.find((guide) => guide.step === step)?.captureKinds ?? [];
}

/**
 * Who sends a command, from their token.
 *
 * @example
 * const participant: Participant = { id: 'p-7', name: 'Tafel 3' };
 */
export interface Participant {
  readonly id: string;
  readonly name: string;
  /** A partner with a review link: its partner, round and scope. Only they comment and suggest. */
  readonly review?: Omit<Reviewer, 'id' | 'name'>;
}

const REFUSALS = {
  locked: TEXTS.room.refusalsLocked,
  noCards: TEXTS.room.refusalsNoCards,
  otherKind: (kinds: readonly NodeKind[]): Localized =>
    localizeMessage(TEXTS.room.refusalsOtherKind, {
      kinds: kinds.map((kind) => inEveryLanguage((language) => NODE_KIND_PLURALS[kind][language].toLowerCase())),
    }),
  roomInboxFull: localizeMessage(TEXTS.room.refusalsRoomInboxFull, { maxInboxPerRoom: MAX_INBOX_PER_ROOM }),
  roomFull: localizeMessage(TEXTS.room.refusalsRoomFull, { maxPeoplePerRoom: MAX_PEOPLE_PER_ROOM }),
  notShared: TEXTS.room.refusalsNotShared,
  goneFromInbox: TEXTS.room.refusalsGoneFromInbox,
  ownCard: TEXTS.room.refusalsOwnCard,
  inboxFull: localizeMessage(TEXTS.room.refusalsInboxFull, { maxInboxPerParticipant: MAX_INBOX_PER_PARTICIPANT }),
} as const;

/**
 * Carries out a participant's command on the room's Yjs document, or says
 * why not: a card goes to the inbox (in the kind the current step captures),
 * a dot is placed or taken back within the participant's budget while voting
 * is open, a +1 goes on someone else's waiting card while the facilitator
 * shares the ideas (the caller keeps it to one per person and card). The plan
 * itself only changes through the dots, counted per voter.
 *
 * @example
 * const refused = applyRoomCommand(shared, command, { id: 'p-7', name: 'Tafel 3' }, Date.now());
 * if (refused) connection.sendStateless(JSON.stringify({ answer: id, ok: false, reason: refused }));
 */
export function applyRoomCommand(
  shared: SharedDocument,
  command: RoomCommand,
  participant: Participant,
  now: number,
): Localized | undefined {
  if (command.type === 'comment' || command.type === 'suggest') {
    if (!participant.review) return TEXTS.review.reviewersOnly;
    return applyReviewCommand(shared, command, { id: participant.id, name: participant.name, ...participant.review }, now);
  }
  const ydoc = shared.ydoc;
  const room = readRoomState(ydoc);
  if (room.locked) return REFUSALS.locked;
  const document = shared.read();
  switch (command.type) {
    case 'addCard': {
      // The step decides what the room adds: nothing in a step that collects no cards, and only its own kinds.
      const kinds = captureKindsFor(document);
      if (kinds.length === 0) return REFUSALS.noCards;
      const kind = command.kind ?? kinds[0]!;
      if (!kinds.includes(kind)) return REFUSALS.otherKind(kinds);
      const inbox = ydoc.getMap<unknown>(INBOX);
      const waiting = readInbox(ydoc);
      const mine = waiting.filter((card) => card.authorId === participant.id).length;
      if (mine >= MAX_INBOX_PER_PARTICIPANT) return REFUSALS.inboxFull;
      // Per room too: joining again gives a new identity, not more room.
      if (waiting.length >= MAX_INBOX_PER_ROOM) return REFUSALS.roomInboxFull;
      if (mine === 0 && new Set(waiting.map((card) => card.authorId)).size >= MAX_PEOPLE_PER_ROOM) return REFUSALS.roomFull;
      let id: string;
      do id = `inbox-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      while (inbox.has(id));
      const card: InboxCard = {
        id,
        kind,
        title: command.title,
        // Anonymous mode: the name never enters the shared plan.
        author: room.anonymous ? '' : participant.name,
        authorId: participant.id,
        at: now,
      };
      ydoc.transact(() => inbox.set(id, card), shared.origin);
      return undefined;
    }
    case 'ballot':
      return undefined;
    case 'support': {
      // Counted here; that each person counts once is the caller's to keep (the server remembers who gave which +1).
      if (!room.shareIdeas) return REFUSALS.notShared;
      const inbox = ydoc.getMap<unknown>(INBOX);
      const card = InboxCardSchema.safeParse(inbox.get(command.card));
      if (!card.success) return REFUSALS.goneFromInbox;
      if (card.data.authorId === participant.id) return REFUSALS.ownCard;
      ydoc.transact(() => inbox.set(command.card, { ...card.data, support: (card.data.support ?? 0) + 1 }), shared.origin);
      return undefined;
    }
    case 'vote': {
      const refused = voteRefusal(room, document, command.card);
      if (refused) return refused;
      const budget = document.workshop?.dotsPerParticipant ?? 3;
      const next = castDot(shared.votesOf(participant.id), command.card, command.delta, { budget, voters: shared.voters().size });
      if (typeof next === 'string') return ballotRefusal(next, budget);
      shared.commit([{ type: 'votes', id: command.card, delta: command.delta }], document, participant.id);
      return undefined;
    }
  }
}

import type { Localized } from '../i18n/localized.js';
import type { Document } from '../model/schema.js';
import type { RoomState } from './room.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

/**
 * How dots are cast in a room. `secret` (the default): each voter's dots live on the server, outside the shared
 * plan; a participant gets only their own, everyone the totals after the reveal, and the plan keeps the totals
 * only. `open`: dots are part of the shared plan, per voter, as on a paper wall.
 *
 * @example
 * const mode: BallotMode = 'secret'; // participants see only how many have voted
 */
export type BallotMode = 'secret' | 'open';

/**
 * The voter the revealed totals of a secret ballot are counted under in the plan (no participant id has an `@`).
 *
 * @example
 * shared.writeTally(BALLOT_VOTER, { 'int-1': 12 }); // the revealed totals of a secret ballot
 */
export const BALLOT_VOTER = '@ballot';

/**
 * Most people whose dots one room takes (each join is a new identity with its own budget).
 *
 * @example
 * const ballots = new MemoryBallots();
 * ballots.vote('room-1', 'p-1', 'int-1', 1, 3); // refused as 'room-full' past MAX_VOTERS_PER_ROOM voters
 */
export const MAX_VOTERS_PER_ROOM = 300;

/**
 * What the server tells everyone in a room while a secret ballot runs: how many have voted, never for what.
 *
 * @example
 * const news: BallotNews = JSON.parse(text);
 * if (news.type === 'ballot') console.log(`${news.voters} mensen hebben gestemd`);
 */
export interface BallotNews {
  readonly type: 'ballot';
  /** People with at least one dot. */
  readonly voters: number;
}

/**
 * A voter's dots per card.
 *
 * @example
 * const mine: Dots = { 'int-1': 2, 'int-4': 1 };
 */
export type Dots = Readonly<Record<string, number>>;

/**
 * Why a dot was not placed, as a store reports it.
 *
 * @example
 * const refusal: BallotRefusal = 'room-full';
 * show(ballotRefusal(refusal, 3).nl);
 */
export type BallotRefusal = 'budget' | 'no-dot' | 'room-full';

/**
 * One dot placed (`+1`) or taken back (`-1`) in a voter's ballot, or why not: the budget spent, no dot there to
 * take back, or the room already holding dots from {@link MAX_VOTERS_PER_ROOM} people. Stores call it inside their
 * transaction, so two processes never both spend the last dot.
 *
 * @example
 * const next = castDot({ 'int-1': 2 }, 'int-1', 1, { budget: 3, voters: 12 }); // { 'int-1': 3 }
 */
export function castDot(
  mine: Dots,
  card: string,
  delta: 1 | -1,
  limits: { readonly budget: number; readonly voters: number },
): Record<string, number> | BallotRefusal {
  const placed = Object.values(mine).reduce((sum, n) => sum + n, 0);
  if (delta > 0 && placed >= limits.budget) return 'budget';
  if (delta > 0 && placed === 0 && limits.voters >= MAX_VOTERS_PER_ROOM) return 'room-full';
  if (delta < 0 && (mine[card] ?? 0) <= 0) return 'no-dot';
  const next = { ...mine, [card]: (mine[card] ?? 0) + delta };
  if (next[card] === 0) delete next[card];
  return next;
}

/**
 * The room's sentence for a refused dot.
 *
 * @example
 * ballotRefusal('budget', 3).nl; // tells the voter their three dots are spent
 */
export function ballotRefusal(refusal: BallotRefusal, budget: number): Localized {
  switch (refusal) {
    case 'budget':
      return localizeMessage(TEXTS.ballot.youHavePlacedAllYour, { budget });
    case 'no-dot':
      return TEXTS.ballot.youHaveNoDotOn;
    case 'room-full':
      return localizeMessage(TEXTS.ballot.maxvotersperroomRawPeopleAlreadyTake, { maxVotersPerRoom: MAX_VOTERS_PER_ROOM });
  }
}

/**
 * Whether a dot may be placed at all now, before any ballot is looked at: the room not locked, voting open, the
 * card in the plan.
 *
 * @example
 * const refused = voteRefusal(room, document, 'int-1'); // undefined when it may
 */
export function voteRefusal(room: RoomState, document: Document, card: string): Localized | undefined {
  if (room.locked) return TEXTS.ballot.theFacilitatorHasLockedThe;
  if (room.voting !== 'open') return TEXTS.ballot.votingIsNotOpenNow;
  if (!document.nodes.some((node) => node.id === card)) return TEXTS.ballot.thatCardDoesNotExist;
  return undefined;
}

/**
 * A secret ballot kept in memory, for one process and for tests: the same rules as the stores'.
 *
 * @example
 * const ballots = new MemoryBallots();
 * ballots.vote('room-1', 'p-1', 'int-1', 1, 3); // {} or a refusal
 */
export class MemoryBallots {
  readonly #rooms = new Map<string, Map<string, Record<string, number>>>();

  #room(room: string): Map<string, Record<string, number>> {
    let voters = this.#rooms.get(room);
    if (!voters) this.#rooms.set(room, (voters = new Map<string, Record<string, number>>()));
    return voters;
  }

  vote(room: string, voter: string, card: string, delta: 1 | -1, budget: number): { mine: Dots } | { refused: BallotRefusal } {
    const voters = this.#room(room);
    const next = castDot(voters.get(voter) ?? {}, card, delta, { budget, voters: this.summary(room).voters });
    if (typeof next === 'string') return { refused: next };
    if (Object.keys(next).length === 0) voters.delete(voter);
    else voters.set(voter, next);
    return { mine: next };
  }

  mine(room: string, voter: string): Dots {
    return this.#rooms.get(room)?.get(voter) ?? {};
  }

  summary(room: string): { voters: number; totals: Record<string, number> } {
    const totals: Record<string, number> = {};
    const voters = this.#rooms.get(room) ?? new Map<string, Record<string, number>>();
    for (const dots of voters.values()) for (const [card, n] of Object.entries(dots)) totals[card] = (totals[card] ?? 0) + n;
    return { voters: voters.size, totals };
  }

  forget(room: string, voter?: string): void {
    if (voter === undefined) this.#rooms.delete(room);
    else this.#rooms.get(room)?.delete(voter);
  }
}

import type { Extension, onStatelessPayload } from '@hocuspocus/server';
import type { Localized } from '@veranderlogica/core';
import {
  applyRoomCommand,
  ballotRefusal,
  readRoomState,
  RoomCommandMessageSchema,
  voteRefusal,
  type BallotNews,
  type RoomCommandAnswer,
} from '@veranderlogica/core/sync';
import type { ConnectionContext, RoomServerContext } from '../context.js';
import { SERVER_MESSAGES } from '../messages.js';

/** How many commands a participant may send in {@link RATE_WINDOW_MS}. */
export const RATE_LIMIT = 30;
export const RATE_WINDOW_MS = 10_000;

/** A sliding window of recent times: true while fewer than `limit` fall inside it. */
function allow(times: number[], now: number, limit: number, windowMs: number): boolean {
  while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
  if (times.length >= limit) return false;
  times.push(now);
  return true;
}

/**
 * What participants do in a room, sent as commands (stateless messages) and carried out by the server: a card
 * into the inbox, a +1, a dot. Each is answered by its id; a command sent again is carried out once; a secret
 * ballot's dots are kept in the store, never in the shared plan, and only how many have voted goes out.
 *
 * @example
 * new Server({ extensions: [new Commands(context)] });
 */
export class Commands implements Extension {
  readonly extensionName = 'veranderlogica-commands';

  constructor(private readonly context: RoomServerContext) {}

  async onStateless({ connection, document, payload }: onStatelessPayload): Promise<void> {
    const { store, now, sharedOf } = this.context;
    const context = connection.context as ConnectionContext;
    const answer = (value: RoomCommandAnswer) => {
      connection.sendStateless(JSON.stringify(value));
      return Promise.resolve();
    };
    let message: unknown;
    try {
      message = JSON.parse(payload);
    } catch {
      message = undefined;
    }
    const parsed = RoomCommandMessageSchema.safeParse(message);
    const given = (message as { id?: unknown } | undefined)?.id;
    const id = parsed.success ? parsed.data.id : Number.isSafeInteger(given) ? (given as number) : -1;
    if (context.claims.role === 'viewer' && !(parsed.success && parsed.data.command.type === 'ballot')) {
      return answer({ answer: id, ok: false, reason: SERVER_MESSAGES.screenWatches });
    }
    // A review link comments and suggests, and does nothing else; only a review link does that.
    const reviewing = parsed.success && (parsed.data.command.type === 'comment' || parsed.data.command.type === 'suggest');
    if (parsed.success && (context.claims.role === 'reviewer') !== reviewing) {
      return answer({ answer: id, ok: false, reason: reviewing ? SERVER_MESSAGES.reviewersOnly : SERVER_MESSAGES.reviewOnly });
    }
    if (!allow(context.sent, now(), RATE_LIMIT, RATE_WINDOW_MS)) {
      return answer({ answer: id, ok: false, reason: SERVER_MESSAGES.slowDown, retry: true });
    }
    if (!parsed.success) return answer({ answer: id, ok: false, reason: SERVER_MESSAGES.notUnderstood });
    const shared = sharedOf(document);
    const room = readRoomState(document);
    const { command } = parsed.data;
    const voter = context.claims.id;
    const news = async () => {
      const { voters } = await store.ballotSummary(document.name);
      // How many have voted, to everyone on every process (Redis relays it); never who, never for what.
      document.broadcastStateless(JSON.stringify({ type: 'ballot', voters } satisfies BallotNews));
    };
    if (command.type === 'ballot') {
      // One's own dots, and how many have voted so far.
      const mine = room.ballot === 'secret' ? await store.ballot(document.name, voter) : shared.votesOf(voter);
      const { voters } = room.ballot === 'secret' ? await store.ballotSummary(document.name) : { voters: shared.voters().size };
      return answer({ answer: id, ok: true, mine, voters });
    }
    // A command sent again (its answer got lost, or it waited on a phone offline) is carried out once: its key is
    // claimed in the store, on every process, and given back when the command is refused.
    const key = parsed.data.key === undefined ? undefined : `key:${parsed.data.key}`;
    if (key !== undefined && !(await store.claim(document.name, voter, key))) {
      const mine =
        command.type !== 'vote' ? undefined : room.ballot === 'secret' ? await store.ballot(document.name, voter) : shared.votesOf(voter);
      return answer({ answer: id, ok: true, duplicate: true, ...(mine ? { mine } : {}) });
    }
    const refuse = async (reason: Localized) => {
      if (key !== undefined) await store.release(document.name, voter, key);
      return answer({ answer: id, ok: false, reason });
    };
    if (command.type === 'support') {
      // A +1 counts once per person and card, however many tabs or processes it comes from.
      const what = `support:${command.card}`;
      if (!(await store.claim(document.name, voter, what))) return refuse(SERVER_MESSAGES.alreadySupported);
      const refused = applyRoomCommand(shared, command, { id: voter, name: context.claims.name }, now());
      if (refused) {
        await store.release(document.name, voter, what);
        return refuse(refused);
      }
      return answer({ answer: id, ok: true });
    }
    if (command.type === 'vote' && room.ballot === 'secret') {
      // A secret ballot: the dot is kept on the server, never in the shared plan.
      const plan = shared.read();
      const refused = voteRefusal(room, plan, command.card);
      if (refused) return refuse(refused);
      const budget = plan.workshop?.dotsPerParticipant ?? 3;
      const cast = await store.vote(document.name, voter, command.card, command.delta, budget);
      if ('refused' in cast) return refuse(ballotRefusal(cast.refused, budget));
      await answer({ answer: id, ok: true, mine: cast.mine });
      return news();
    }
    const { partner, round, scope } = context.claims;
    const review = partner !== undefined && round !== undefined ? { review: { partner, round, scope: scope ?? 'plan' } } : {};
    const refused = applyRoomCommand(shared, command, { id: voter, name: context.claims.name, ...review }, now());
    if (refused) return refuse(refused);
    return answer(command.type === 'vote' ? { answer: id, ok: true, mine: shared.votesOf(voter) } : { answer: id, ok: true });
  }
}

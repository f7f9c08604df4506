import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, Hocuspocus, onRequestPayload } from '@hocuspocus/server';
import {
  type Document,
  formatParseError,
  inEveryLanguage,
  LIMITS,
  parseDocument,
  serializeDocument,
  WorkshopSchema,
} from '@veranderlogica/core';
import {
  BALLOT_VOTER,
  readInbox,
  readRoomState,
  removeFromInbox,
  SharedDocument,
  writeRoomState,
  type BallotNews,
  type RoomRole,
} from '@veranderlogica/core/sync';
import { addRoute, createRouter, findRoute } from 'rou3';
import * as Y from 'yjs';
import type { RoomServerContext } from '../context.js';
import { answerFailure, bearer, decodePath, HttpError, readBody, send } from '../http.js';
import { SERVER_MESSAGES } from '../messages.js';
import type { RoomRecord } from '../store.js';
import { newId, newJoinCode, normaliseCode, verifyToken } from '../tokens.js';
import type { Signals } from './signals.js';

/** How many rooms one address may open per minute. */
const OPEN_LIMIT = 10;
/**
 * How many times one address may join with a right code per minute: a whole room behind one venue NAT or proxy joins at once.
 * Wrong codes are limited apart ({@link GUESS_FREE}, {@link GUESS_LIMIT}), so a right code is never refused because
 * of someone else's guesses.
 */
const JOIN_LIMIT = 300;
/** Wrong codes one address may try per minute at full speed; after that each wrong answer waits {@link GUESS_DELAY_MS}. */
export const GUESS_FREE = 10;
/** Wrong codes one address may try per minute at all; more are answered 429 without looking. */
export const GUESS_LIMIT = 100;
export const GUESS_DELAY_MS = 2_000;
/**
 * How many times one address may fetch a room's plan per minute: a region's plan links are read on every opening of
 * the Regio view, a few dozen at once; each fetch serialises the plan (and a reader's parses it again).
 */
export const DOWNLOAD_LIMIT = 120;

/** One request to the rooms API, with what its route matched. */
interface Call {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** The room named in the address (`/api/rooms/:room/…`), decoded. */
  readonly room: string;
  readonly instance: Hocuspocus;
}

type Handler = (call: Call) => Promise<void> | void;

/**
 * The rooms API under `/api`: open a room from a plan, join with a code, and the facilitator's close, reopen, reveal,
 * remove and download. It answers its own pages only (no other origin), limits each address, and says every refusal
 * in both languages with its code.
 *
 * @example
 * new Server({ extensions: [new RoomsApi(context, signals), new Editor(dir)] });
 */
export class RoomsApi implements Extension {
  readonly extensionName = 'veranderlogica-rooms-api';
  readonly #router = createRouter<Handler>();

  constructor(
    private readonly context: RoomServerContext,
    private readonly signals: Signals,
  ) {
    const route = (method: string, path: string, handler: Handler) => addRoute(this.#router, method, `/api${path}`, handler);
    route('GET', '/time', ({ response }) => send(response, 200, { now: context.now() }));
    route('GET', '/health', ({ response, instance }) =>
      send(response, 200, { ok: true, rooms: instance.getDocumentsCount(), connections: instance.getConnectionsCount() }),
    );
    route('POST', '/rooms', (call) => this.open(call));
    route('POST', '/join', (call) => this.join(call));
    route('GET', '/rooms/:room', async ({ request, response, room }) => {
      // The screen shows the code to the room, so it may read it too.
      const record = await this.facilitatorOf(request, room, true);
      send(response, 200, { room: record.id, code: record.code, title: record.title, closed: record.closed });
    });
    route('POST', '/rooms/:room/close', (call) => this.setClosed(call, true));
    route('POST', '/rooms/:room/reopen', (call) => this.setClosed(call, false));
    route('POST', '/rooms/:room/reveal', (call) => this.reveal(call));
    route('POST', '/rooms/:room/remove', (call) => this.remove(call));
    route('GET', '/rooms/:room/document', (call) => this.download(call));
    route('POST', '/rooms/:room/reviews', (call) => this.reviewLinks(call));
    route('POST', '/rooms/:room/read-link', (call) => this.readLink(call));
  }

  async onRequest({ request, response, instance }: onRequestPayload): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) return; // the editor's, not ours
    try {
      // The API answers its own pages only: a page elsewhere may not open rooms or join them in a visitor's name.
      const origin = request.headers.origin;
      if (origin === 'null' || (origin !== undefined && !sameHost(origin, request.headers.host))) throw new HttpError(403, 'ownPagesOnly');
      const match = findRoute(this.#router, request.method ?? 'GET', url.pathname);
      if (!match) throw new HttpError(404, 'notFound');
      await match.data({ request, response, instance, room: decodePath(match.params?.room ?? '') });
    } catch (error) {
      answerFailure(request, response, error, this.context.quiet);
    }
    // Handled: an empty rejection is how Hocuspocus is told to add no default answer.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    return Promise.reject();
  }

  /** The room, when the request carries its facilitator's token (or, `alsoScreen`, its screen's). */
  private async facilitatorOf(request: IncomingMessage, room: string, alsoScreen = false): Promise<RoomRecord> {
    const { secret, now, store } = this.context;
    const checked = verifyToken(secret, bearer(request), now());
    const role = checked.ok ? checked.claims.role : undefined;
    if (!checked.ok || checked.claims.room !== room || !(role === 'facilitator' || (alsoScreen && role === 'viewer'))) {
      throw new HttpError(403, 'facilitatorOnly');
    }
    const record = await store.room(room);
    if (!record) throw new HttpError(404, 'noSuchRoom');
    return record;
  }

  /** Changes a room's shared plan from the server, wherever its people are connected (loaded here if need be). */
  private async withDocument(instance: Hocuspocus, room: string, change: (document: Y.Doc) => void): Promise<void> {
    const connection = await instance.openDirectConnection(room, { server: true });
    try {
      await connection.transact((document) => change(document));
    } finally {
      await connection.disconnect();
    }
  }

  private async open({ request, response }: Call): Promise<void> {
    const { limited, createKey, requestTimeoutMs, store, now, issue } = this.context;
    if (await limited('open', request, OPEN_LIMIT)) throw new HttpError(429, 'tooManyRooms');
    if (createKey && request.headers['x-veranderlogica-key'] !== createKey) throw new HttpError(403, 'needsKey', { needsKey: true });
    const parsed = parseDocument(await readBody(request, LIMITS.maxTextLength, requestTimeoutMs));
    if (!parsed.ok) {
      return send(response, 400, {
        error: SERVER_MESSAGES.invalidPlan,
        code: 'invalidPlan',
        errors: parsed.errors
          .slice(0, 20)
          .map((error) => ({ path: error.path, ...inEveryLanguage((language) => formatParseError(error, language)) })),
      });
    }
    const document: Document = { ...parsed.document, workshop: parsed.document.workshop ?? WorkshopSchema.parse({}) };
    const ydoc = new Y.Doc();
    new SharedDocument(ydoc, { voter: 'server' }).load(document);
    const state = Y.encodeStateAsUpdate(ydoc);
    const id = newId('room');
    for (let attempt = 0; ; attempt++) {
      const code = newJoinCode();
      try {
        await store.createRoom(
          { id, code, title: document.title, closed: false, created: new Date(now()).toISOString() },
          state,
          serializeDocument(document),
        );
      } catch (error) {
        if (attempt >= 5) throw error; // a code already in use: draw another
        continue;
      }
      const facilitator = issue(id, 'facilitator', '', newId('f'));
      const viewer = issue(id, 'viewer', '', newId('v'));
      const body = {
        room: id,
        code,
        title: document.title,
        token: facilitator.token,
        expires: facilitator.expires,
        viewerToken: viewer.token,
      };
      return send(response, 201, body);
    }
  }

  private async join({ request, response }: Call): Promise<void> {
    const { requestTimeoutMs, store, counters, addressOf, guessDelayMs, limited, issue } = this.context;
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request, 4_096, requestTimeoutMs));
    } catch {
      throw new HttpError(400, 'sendCode');
    }
    const input = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; name?: unknown };
    const code = normaliseCode(typeof input.code === 'string' ? input.code : '');
    const name = typeof input.name === 'string' ? input.name.trim().slice(0, 80) : '';
    // The code makes participants only: the screen is a link the facilitator hands out (its token), not a role to take.
    const role: RoomRole = 'participant';
    const record = code.length === 6 ? await store.roomByCode(code) : undefined;
    if (!record) {
      // Guessing is slowed, then refused, per address; a right code is never held up by them.
      const wrong = await counters.hit(`guess:${addressOf(request)}`, 60_000);
      if (wrong > GUESS_LIMIT) throw new HttpError(429, 'tooManyWrongCodes', {}, { 'retry-after': '60' });
      const slowed = wrong > GUESS_FREE;
      if (slowed) await new Promise((resolve) => setTimeout(resolve, guessDelayMs));
      throw new HttpError(404, 'unknownCode', {}, slowed ? { 'retry-after': String(Math.ceil(guessDelayMs / 1000)) } : {});
    }
    // Right codes are counted apart from wrong ones: a room behind one address joins; guessers do not slow it.
    if (await limited('join', request, JOIN_LIMIT)) throw new HttpError(429, 'tooManyAttempts');
    if (record.closed) throw new HttpError(410, 'roomClosed');
    const token = issue(record.id, role, name);
    send(response, 200, { room: record.id, title: record.title, role, name, ...token });
  }

  private async setClosed({ request, response, room }: Call, closed: boolean): Promise<void> {
    const record = await this.facilitatorOf(request, room);
    await this.context.store.setClosed(record.id, closed);
    // Participants and screens leave now, on every process; their next reconnect is refused.
    if (closed) await this.signals.publish({ type: 'close', room: record.id });
    send(response, 200, { room: record.id, closed });
  }

  private async reveal({ request, response, room, instance }: Call): Promise<void> {
    // The totals of a secret ballot enter the plan only now, with the reveal, in one change.
    const record = await this.facilitatorOf(request, room);
    const { voters, totals } = await this.context.store.ballotSummary(record.id);
    await this.withDocument(instance, record.id, (document) => {
      const shared = this.context.sharedOf(document);
      if (readRoomState(document).ballot === 'secret') shared.writeTally(BALLOT_VOTER, totals);
      writeRoomState(document, { voting: 'revealed' }, shared.origin);
    });
    send(response, 200, { room: record.id, voters, totals });
  }

  private async remove({ request, response, room, instance }: Call): Promise<void> {
    // Moderation: a participant's token stops opening the room, on every process, and what they sent is gone.
    const { store, requestTimeoutMs, sharedOf } = this.context;
    const record = await this.facilitatorOf(request, room);
    let person: unknown;
    try {
      person = (JSON.parse(await readBody(request, 4_096, requestTimeoutMs)) as { person?: unknown }).person;
    } catch {
      person = undefined;
    }
    if (typeof person !== 'string' || person.length === 0 || person.length > 64 || !person.startsWith('p-')) {
      throw new HttpError(400, 'sayWho');
    }
    await store.revoke(record.id, person);
    await store.forgetBallot(record.id, person);
    await this.withDocument(instance, record.id, (document) => {
      const shared = sharedOf(document);
      for (const card of readInbox(document)) if (card.authorId === person) removeFromInbox(document, card.id, shared.origin);
      shared.writeTally(person, {});
    });
    await this.signals.publish({ type: 'remove', room: record.id, person });
    const { voters } = await store.ballotSummary(record.id);
    instance.documents.get(record.id)?.broadcastStateless(JSON.stringify({ type: 'ballot', voters } satisfies BallotNews));
    send(response, 200, { room: record.id, removed: person });
  }

  /**
   * The review links of a round in the room's plan: one signed token per partner of the round, scoped to this room,
   * that partner, the round and its scope, valid until the day after the deadline. The owner hands each partner
   * theirs; with it a partner reads the plan, comments and suggests, and writes nothing else.
   */
  private async reviewLinks({ request, response, room, instance }: Call): Promise<void> {
    const { requestTimeoutMs, sharedOf, issueReview } = this.context;
    const record = await this.facilitatorOf(request, room);
    let roundId: unknown;
    try {
      roundId = (JSON.parse(await readBody(request, 4_096, requestTimeoutMs)) as { round?: unknown }).round;
    } catch {
      roundId = undefined;
    }
    if (typeof roundId !== 'string' || roundId.length === 0 || roundId.length > 64) throw new HttpError(400, 'sayRound');
    let plan: Document | undefined;
    await this.withDocument(instance, record.id, (document) => {
      plan = sharedOf(document).read();
    });
    const round = plan?.reviews.find((candidate) => candidate.id === roundId);
    if (!plan || !round) throw new HttpError(404, 'noSuchRound');
    // The end of the deadline's day in UTC, and a day's grace for those who answer late in the evening.
    const expires = Date.parse(`${round.deadline}T23:59:59Z`) + 86_400_000;
    const names = new Map(plan.actors.map((actor) => [actor.id, actor.name]));
    const links = round.partners.map(({ actor, scope }) => ({
      partner: actor,
      name: names.get(actor) ?? actor,
      scope,
      ...issueReview(record.id, { partner: actor, name: names.get(actor) ?? actor, round: round.id, scope, expires }),
    }));
    send(response, 200, { room: record.id, round: round.id, links });
  }

  /**
   * A plan link for the region: a token for this room that fetches the plan's file and nothing else, valid a
   * year and a day. The municipality's facilitator hands it to the regional coordinator, whose Regio view
   * (or `veranderlogica region --room`) reads the plan from the room whenever it opens the region.
   */
  private async readLink({ request, response, room }: Call): Promise<void> {
    const record = await this.facilitatorOf(request, room);
    send(response, 200, { room: record.id, title: record.title, ...this.context.issue(record.id, 'reader', record.title) });
  }

  /**
   * The room's plan as a file, for its facilitator and screen, and for a region's plan link: the last without the
   * review conversation (comments, suggestions, rounds) and without the named versions, which the region does not need.
   */
  private async download({ request, response, room, instance }: Call): Promise<void> {
    const { secret, now, store, sharedOf, limited } = this.context;
    if (await limited('download', request, DOWNLOAD_LIMIT)) throw new HttpError(429, 'tooManyDownloads');
    const checked = verifyToken(secret, bearer(request), now());
    if (!checked.ok || checked.claims.room !== room || checked.claims.role === 'participant' || checked.claims.role === 'reviewer') {
      throw new HttpError(403, 'facilitatorOrScreenOnly');
    }
    const open = instance.documents.get(room);
    let text = open ? serializeDocument(sharedOf(open).read()) : await store.json(room);
    if (text === undefined) throw new HttpError(404, 'noSuchRoom');
    if (checked.claims.role === 'reader') {
      const read = parseDocument(text);
      if (!read.ok) throw new HttpError(500, 'serverError');
      text = serializeDocument({ ...read.document, versions: [], comments: [], suggestions: [], reviews: [] });
    }
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="veranderlogica.json"',
      'cache-control': 'no-store',
    });
    response.end(text);
  }
}

/** Whether an `Origin` header names this server's own host (a malformed one does not). */
function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Server, type Extension, type onAuthenticatePayload, type onStatelessPayload } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import {
  formatParseError,
  LIMITS,
  parseDocument,
  serializeDocument,
  WorkshopSchema,
  DocumentSchema,
  type Document,
  type Localized,
} from '@veranderlogica/core';
import {
  applyRoomCommand,
  BALLOT_VOTER,
  ballotRefusal,
  readInbox,
  readRoomState,
  removeFromInbox,
  voteRefusal,
  writeRoomState,
  type BallotNews,
  ROOM_CLOSED_REASON,
  ROOM_MESSAGE_LIMIT,
  RoomCommandMessageSchema,
  SharedDocument,
  type RoomCommandAnswer,
  type RoomRole,
} from '@veranderlogica/core/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { PostgresStore, SqliteStore, type RoomStore } from './store.js';
import { RoomBus, type RoomSignal } from './bus.js';
import { MemoryCounters, RedisCounters, type Counters } from './counters.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { newId, newJoinCode, newSecret, normaliseCode, signToken, TOKEN_HOURS, verifyToken, type TokenClaims } from './tokens.js';

/** Largest WebSocket message or HTTP body the server reads, except a plan sent to open a room (the core's, which editors check against). */
export const MAX_MESSAGE_BYTES = ROOM_MESSAGE_LIMIT;

/** How many commands a participant may send in {@link RATE_WINDOW_MS}. */
export const RATE_LIMIT = 30;
export const RATE_WINDOW_MS = 10_000;
/**
 * How many times one address may join with a right code per minute: a whole room behind one venue NAT or proxy joins at once.
 * Wrong codes are limited apart ({@link GUESS_FREE}, {@link GUESS_LIMIT}), so a right code is never refused because
 * of someone else's guesses.
 */
export const JOIN_LIMIT = 300;
/** Wrong codes one address may try per minute at full speed; after that each wrong answer waits {@link GUESS_DELAY_MS}. */
export const GUESS_FREE = 10;
/** Wrong codes one address may try per minute at all; more are answered 429 without looking. */
export const GUESS_LIMIT = 100;
export const GUESS_DELAY_MS = 2_000;
/** Why a removed participant's connection ends. */
export const REMOVED_REASON = 'removed';
/** How many rooms one address may open per minute. */
export const OPEN_LIMIT = 10;
/** How long a request may take to send its headers, and its body (ms): a slow client is cut off, not waited for. */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Headers on every answer: the editor's Content-Security-Policy (`csp.ts`: its own scripts, no inline script or
 * eval) and no framing by other sites, no referrer, a browsing context of its own, and no camera, microphone or location.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-content-type-options': 'nosniff',
};

/** One line of JSON per refusal or failure, without a stack trace unless `VERANDERLOGICA_DEBUG` is set. */
function logLine(quiet: boolean | undefined, fields: Record<string, unknown>): void {
  if (quiet) return;
  console.error(JSON.stringify({ time: new Date().toISOString(), ...fields }));
}

export interface RoomServerOptions {
  /** Port to listen on; 0 picks a free one. Default 1234. */
  readonly port?: number;
  /** Address to listen on. Default 127.0.0.1; `0.0.0.0` to serve a room network. */
  readonly host?: string;
  /** Directory for the SQLite file (`rooms.sqlite`) when no database URL is given. Default `./data`. */
  readonly data?: string;
  /** PostgreSQL connection URL: rooms shared by every process on the same database. */
  readonly databaseUrl?: string;
  /** The PostgreSQL schema the tables live in. Default `veranderlogica`. */
  readonly databaseSchema?: string;
  /** Redis URL: processes behind one load balancer pass updates to each other. */
  readonly redisUrl?: string;
  /** The built editor to serve on the same port (apps/editor/dist). */
  readonly editorDir?: string;
  /**
   * When set, opening a room needs this key (header `x-veranderlogica-key`). A server that listens beyond this
   * computer (any host but 127.0.0.1, ::1 or localhost) always needs one: without it, one is made at start
   * ({@link RoomServer.createKey}).
   */
  readonly createKey?: string;
  /** Most cards a room may hold; the format's limit (50,000) by default. A workshop needs far fewer. */
  readonly maxNodes?: number;
  /** A store of your own (tests); otherwise SQLite or PostgreSQL from the options above. */
  readonly store?: RoomStore;
  /** How long after the last change a room is stored (ms). Default 1000. */
  readonly storeDelay?: number;
  readonly now?: () => number;
  /** Print nothing. */
  readonly quiet?: boolean;
  /** How long headers, and a whole request, may take (ms). Default {@link REQUEST_TIMEOUT_MS}. */
  readonly requestTimeoutMs?: number;
  /** How long a WebSocket may stay open without a valid token (ms). Default {@link REQUEST_TIMEOUT_MS}. */
  readonly authTimeoutMs?: number;
  /**
   * Addresses of the reverse proxies in front of this server: from these only, `X-Forwarded-For` says who the
   * client is (the nearest address in it that is not a proxy). Without it, the connection's address counts.
   */
  readonly trustProxy?: readonly string[];
  /** How long a wrong code waits once an address has tried {@link GUESS_FREE} (ms). Default {@link GUESS_DELAY_MS}. */
  readonly guessDelayMs?: number;
}

/** A running room server. */
export interface RoomServer {
  /** `http://host:port` */
  readonly url: string;
  readonly port: number;
  readonly store: RoomStore;
  /** Stores every open room now and stops. */
  close(): Promise<void>;
  /** The Hocuspocus instance, for tests and extensions. */
  readonly server: Server;
  /** The key opening a room needs, if any (given, or made because the server listens beyond this computer). */
  readonly createKey: string | undefined;
}

/** What the server keeps per connection. */
interface Context {
  readonly claims: TokenClaims;
  readonly sent: number[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly nl: string,
    readonly en: string,
    /** More for the answer's body (`needsKey`: the editor asks for the key). */
    readonly extra: Record<string, unknown> = {},
    /** More headers (`retry-after`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(en);
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(text);
}

async function readBody(request: IncomingMessage, limit: number, timeoutMs = REQUEST_TIMEOUT_MS): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'Dit bestand is te groot.', 'This file is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  // A body that trickles in is cut off after REQUEST_TIMEOUT_MS, not waited for.
  const timer = setTimeout(() => request.destroy(new Error('slow body')), timeoutMs);
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new HttpError(413, 'Dit bestand is te groot.', 'This file is too large.');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(408, 'Het verzoek kwam te traag binnen.', 'The request came in too slowly.');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A path segment decoded, or a 400 for a malformed escape (`%E0%A4%A`) instead of a crash. */
function decodePath(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, 'Dit adres klopt niet.', 'This address is malformed.');
  }
}

/**
 * A Redis URL read whole, as ioredis reads it: host, port, database (`/2`), user and password, and TLS for
 * `rediss://`.
 */
export function redisConfiguration(url: string): { host: string; port: number; options: Record<string, unknown> } {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.replace(/^\//, '') || 0);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: {
      lazyConnect: false,
      ...(Number.isInteger(db) && db > 0 && { db }),
      ...(parsed.username && { username: decodeURIComponent(parsed.username) }),
      ...(parsed.password && { password: decodeURIComponent(parsed.password) }),
      ...(parsed.protocol === 'rediss:' && { tls: {} }),
    },
  };
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

/** An address as one spelling: an IPv4 address mapped into IPv6 (`::ffff:10.0.0.1`) as plain IPv4. */
function plainAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/** A sliding window of recent times: true while fewer than `limit` fall inside it. */
function allow(times: number[], now: number, limit: number, windowMs: number): boolean {
  while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
  if (times.length >= limit) return false;
  times.push(now);
  return true;
}

/** Whether a sync message would take the room past the format's limits (checked on a copy). */
function wouldExceedLimits(document: Y.Doc, message: Uint8Array, maxNodes: number): boolean {
  const nodes = document.getMap('nodes').size;
  // A small message cannot add many cards: only one that is large, or one into a room near the limit, is tried on a copy.
  if (message.byteLength < 64 * 1024 && nodes < maxNodes - 2_000) return false;
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== 0) return false; // only sync messages carry updates
    const probe = new Y.Doc();
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), probe, null);
    return (
      probe.getMap('nodes').size > maxNodes ||
      probe.getMap('edges').size > LIMITS.maxEdges ||
      probe.getMap('actors').size > LIMITS.maxActors
    );
  } catch {
    return true;
  }
}

/**
 * Starts a room server: the built editor and the WebSocket of every room on
 * one port, rooms stored in SQLite (or PostgreSQL), Redis between processes.
 *
 * @example
 * const server = await startRoomServer({ port: 1234, data: './data', editorDir: 'apps/editor/dist' });
 * console.log(`open ${server.url}`);
 */
export async function startRoomServer(options: RoomServerOptions = {}): Promise<RoomServer> {
  const now = options.now ?? (() => Date.now());
  const maxNodes = Math.min(options.maxNodes ?? LIMITS.maxNodes, LIMITS.maxNodes);
  const store =
    options.store ??
    (options.databaseUrl
      ? await PostgresStore.connect(options.databaseUrl, { schema: options.databaseSchema })
      : new SqliteStore(options.data ?? './data'));
  const secret = await store.secret(newSecret);
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(options.host ?? '127.0.0.1');
  // Beyond this computer anyone on the network could open rooms: a key is required, made here when none is given.
  const createKey = options.createKey ?? (loopback ? undefined : newSecret().toString('base64url').slice(0, 24));
  const shared = new WeakMap<Y.Doc, SharedDocument>();
  const sharedOf = (document: Y.Doc) => {
    let binding = shared.get(document);
    if (!binding) shared.set(document, (binding = new SharedDocument(document, { voter: 'server', origin: { server: true } })));
    return binding;
  };
  const redis = options.redisUrl ? redisConfiguration(options.redisUrl) : undefined;
  // Limits per address hold across processes when they share Redis.
  const counters: Counters = redis ? new RedisCounters(redis) : new MemoryCounters(now);
  const proxies = new Set((options.trustProxy ?? []).map(plainAddress));
  /** Who sent a request: the connection's address, or, behind a trusted proxy, the nearest address the proxies name. */
  const addressOf = (request: IncomingMessage): string => {
    const direct = plainAddress(request.socket.remoteAddress ?? '');
    if (!proxies.has(direct)) return direct;
    const header = request.headers['x-forwarded-for'];
    const chain = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((part) => plainAddress(part.trim()));
    for (let i = chain.length - 1; i >= 0; i--) if (chain[i] && !proxies.has(chain[i]!)) return chain[i]!;
    return direct;
  };
  const limited = async (what: string, request: IncomingMessage, limit: number) =>
    (await counters.hit(`${what}:${addressOf(request)}`, 60_000)) > limit;
  const editorDir = options.editorDir ? resolve(options.editorDir) : undefined;

  const issue = (
    room: string,
    role: RoomRole,
    name = '',
    id = newId(role === 'participant' ? 'p' : role),
  ): { token: string; expires: number } => {
    const expires = now() + TOKEN_HOURS[role] * 3_600_000;
    return { token: signToken(secret, { room, role, expires, id, name }), expires };
  };

  const facilitatorOf = async (request: IncomingMessage, room: string, alsoScreen = false) => {
    const checked = verifyToken(secret, bearer(request), now());
    const role = checked.ok ? checked.claims.role : undefined;
    if (!checked.ok || checked.claims.room !== room || !(role === 'facilitator' || (alsoScreen && role === 'viewer'))) {
      throw new HttpError(403, 'Alleen de facilitator van deze ruimte mag dat.', 'Only the facilitator of this room may do that.');
    }
    const record = await store.room(room);
    if (!record) throw new HttpError(404, 'Deze ruimte bestaat niet.', 'This room does not exist.');
    return record;
  };

  /** Changes a room's shared plan from the server, wherever its people are connected (loaded here if need be). */
  async function withDocument(room: string, change: (document: Y.Doc) => void): Promise<void> {
    const connection = await server.hocuspocus.openDirectConnection(room, { server: true });
    try {
      await connection.transact((document) => change(document));
    } finally {
      await connection.disconnect();
    }
  }

  async function openRoom(request: IncomingMessage): Promise<unknown> {
    if (await limited('open', request, OPEN_LIMIT)) {
      throw new HttpError(429, 'Te veel ruimtes geopend; wacht een minuut.', 'Too many rooms opened; wait a minute.');
    }
    if (createKey && request.headers['x-veranderlogica-key'] !== createKey) {
      throw new HttpError(403, 'Een ruimte openen vraagt de sleutel van deze server.', 'Opening a room needs this server’s key.', {
        needsKey: true,
      });
    }
    const text = await readBody(request, LIMITS.maxTextLength, options.requestTimeoutMs);
    const parsed = parseDocument(text);
    if (!parsed.ok) {
      return {
        status: 400,
        body: {
          error: { nl: 'Dit is geen geldige veranderlogica.', en: 'This is not a valid veranderlogica.' },
          errors: parsed.errors
            .slice(0, 20)
            .map((error) => ({ path: error.path, nl: formatParseError(error, 'nl'), en: formatParseError(error, 'en') })),
        },
      };
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
        const facilitator = issue(id, 'facilitator', '', newId('f'));
        const viewer = issue(id, 'viewer', '', newId('v'));
        return {
          status: 201,
          body: {
            room: id,
            code,
            title: document.title,
            token: facilitator.token,
            expires: facilitator.expires,
            viewerToken: viewer.token,
          },
        };
      } catch (error) {
        if (attempt >= 5) throw error; // a code already in use: draw another
      }
    }
  }

  async function joinRoom(request: IncomingMessage): Promise<unknown> {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request, 4_096, options.requestTimeoutMs));
    } catch {
      throw new HttpError(400, 'Stuur een code.', 'Send a code.');
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
      if (wrong > GUESS_LIMIT)
        throw new HttpError(
          429,
          'Te veel verkeerde codes vanaf dit adres; wacht een minuut.',
          'Too many wrong codes from this address; wait a minute.',
          {},
          { 'retry-after': '60' },
        );
      const slowed = wrong > GUESS_FREE;
      if (slowed) await new Promise((resolve) => setTimeout(resolve, options.guessDelayMs ?? GUESS_DELAY_MS));
      throw new HttpError(
        404,
        'Deze code kennen we niet. Kijk hem na op het scherm.',
        'We do not know this code. Check it on the screen.',
        {},
        slowed ? { 'retry-after': String(Math.ceil((options.guessDelayMs ?? GUESS_DELAY_MS) / 1000)) } : {},
      );
    }
    // Right codes are counted apart from wrong ones: a room behind one address joins; guessers do not slow it.
    if (await limited('join', request, JOIN_LIMIT)) {
      throw new HttpError(429, 'Te veel pogingen; wacht een minuut.', 'Too many attempts; wait a minute.');
    }
    if (record.closed) throw new HttpError(410, 'Deze ruimte is gesloten.', 'This room has been closed.');
    const token = issue(record.id, role, name);
    return { status: 200, body: { room: record.id, title: record.title, role, name, ...token } };
  }

  async function serveStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!editorDir) throw new HttpError(404, 'Niet gevonden.', 'Not found.');
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodePath(url.pathname)).replace(/^([/\\])+/, '');
    let file = join(editorDir, path);
    if (!file.startsWith(editorDir + sep) && file !== editorDir) throw new HttpError(404, 'Niet gevonden.', 'Not found.');
    let info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      // The editor is one page: every other address opens it.
      path = 'index.html';
      file = join(editorDir, path);
      info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) throw new HttpError(404, 'Niet gevonden.', 'Not found.');
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean).map(decodePath);
    if (parts[0] !== 'api') {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'Niet toegestaan.', 'Not allowed.');
      return serveStatic(request, response);
    }
    // The API answers its own pages only: a page elsewhere may not open rooms or join them in a visitor's name.
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== 'null' && new URL(origin).host !== request.headers.host) {
      throw new HttpError(403, 'Deze server beantwoordt alleen zijn eigen pagina’s.', 'This server answers its own pages only.');
    }
    if (origin === 'null')
      throw new HttpError(403, 'Deze server beantwoordt alleen zijn eigen pagina’s.', 'This server answers its own pages only.');
    const endpoint = `${method} /${parts.slice(1, 2).join('/')}${parts.length > 2 ? '/:room' : ''}${parts.length > 3 ? `/${parts[3]}` : ''}`;
    const room = parts[2] ?? '';
    switch (endpoint) {
      case 'GET /time':
        return send(response, 200, { now: now() });
      case 'GET /health':
        return send(response, 200, {
          ok: true,
          rooms: server.hocuspocus.getDocumentsCount(),
          connections: server.hocuspocus.getConnectionsCount(),
        });
      case 'POST /rooms': {
        const { status, body } = (await openRoom(request)) as { status: number; body: unknown };
        return send(response, status, body);
      }
      case 'POST /join': {
        const { status, body } = (await joinRoom(request)) as { status: number; body: unknown };
        return send(response, status, body);
      }
      case 'GET /rooms/:room': {
        // The screen shows the code to the room, so it may read it too.
        const record = await facilitatorOf(request, room, true);
        return send(response, 200, { room: record.id, code: record.code, title: record.title, closed: record.closed });
      }
      case 'POST /rooms/:room/close':
      case 'POST /rooms/:room/reopen': {
        const record = await facilitatorOf(request, room);
        const closed = parts[3] === 'close';
        await store.setClosed(record.id, closed);
        // Participants and screens leave now, on every process; their next reconnect is refused.
        if (closed) await bus.publish({ type: 'close', room: record.id });
        return send(response, 200, { room: record.id, closed });
      }
      case 'POST /rooms/:room/reveal': {
        // The totals of a secret ballot enter the plan only now, with the reveal, in one change.
        const record = await facilitatorOf(request, room);
        const { voters, totals } = await store.ballotSummary(record.id);
        await withDocument(record.id, (document) => {
          const shared = sharedOf(document);
          if (readRoomState(document).ballot === 'secret') shared.writeTally(BALLOT_VOTER, totals);
          writeRoomState(document, { voting: 'revealed' }, shared.origin);
        });
        return send(response, 200, { room: record.id, voters, totals });
      }
      case 'POST /rooms/:room/remove': {
        // Moderation: a participant's token stops opening the room, on every process, and what they sent is gone.
        const record = await facilitatorOf(request, room);
        let person: unknown;
        try {
          person = (JSON.parse(await readBody(request, 4_096, options.requestTimeoutMs)) as { person?: unknown }).person;
        } catch {
          person = undefined;
        }
        if (typeof person !== 'string' || person.length === 0 || person.length > 64 || !person.startsWith('p-')) {
          throw new HttpError(400, 'Zeg wie er weg moet.', 'Say who is to be removed.');
        }
        await store.revoke(record.id, person);
        await store.forgetBallot(record.id, person);
        await withDocument(record.id, (document) => {
          const shared = sharedOf(document);
          for (const card of readInbox(document)) if (card.authorId === person) removeFromInbox(document, card.id, shared.origin);
          shared.writeTally(person, {});
        });
        await bus.publish({ type: 'remove', room: record.id, person });
        const { voters } = await store.ballotSummary(record.id);
        server.hocuspocus.documents.get(record.id)?.broadcastStateless(JSON.stringify({ type: 'ballot', voters } satisfies BallotNews));
        return send(response, 200, { room: record.id, removed: person });
      }
      case 'GET /rooms/:room/document': {
        const checked = verifyToken(secret, bearer(request), now());
        if (!checked.ok || checked.claims.room !== room || checked.claims.role === 'participant') {
          throw new HttpError(
            403,
            'Alleen de facilitator of het scherm van deze ruimte mag dat.',
            'Only this room’s facilitator or screen may do that.',
          );
        }
        const open = server.hocuspocus.documents.get(room);
        const text = open ? serializeDocument(sharedOf(open).read()) : await store.json(room);
        if (text === undefined) throw new HttpError(404, 'Deze ruimte bestaat niet.', 'This room does not exist.');
        response.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'attachment; filename="veranderlogica.json"',
          'cache-control': 'no-store',
        });
        response.end(text);
        return;
      }
      default:
        throw new HttpError(404, 'Niet gevonden.', 'Not found.');
    }
  }

  // A WebSocket that shows no valid token within the time is closed: it holds a socket and memory for nothing.
  const unauthenticated = new Map<string, ReturnType<typeof setTimeout>>();
  const rooms: Extension = {
    extensionName: 'veranderlogica-rooms',
    onUpgrade({ request, socket }: { request: IncomingMessage; socket: { destroy(): void } }) {
      const key = request.headers['sec-websocket-key'];
      if (typeof key === 'string') {
        const timer = setTimeout(() => {
          unauthenticated.delete(key);
          logLine(options.quiet, { event: 'refused', reason: 'no token in time', address: request.socket.remoteAddress });
          socket.destroy();
        }, options.authTimeoutMs ?? REQUEST_TIMEOUT_MS);
        timer.unref();
        unauthenticated.set(key, timer);
      }
      return Promise.resolve();
    },
    async onRequest({ request, response }) {
      try {
        await route(request, response);
      } catch (error) {
        if (error instanceof HttpError) {
          logLine(options.quiet || error.status < 400, {
            event: 'refused',
            status: error.status,
            method: request.method,
            path: (request.url ?? '').slice(0, 200),
            address: request.socket.remoteAddress,
            reason: error.en,
          });
          if (!response.headersSent) send(response, error.status, { error: { nl: error.nl, en: error.en }, ...error.extra }, error.headers);
        } else {
          logLine(options.quiet, {
            event: 'error',
            method: request.method,
            path: (request.url ?? '').slice(0, 200),
            reason: String(error).slice(0, 300),
            ...(process.env.VERANDERLOGICA_DEBUG && { stack: (error as Error).stack }),
          });
          if (!response.headersSent)
            send(response, 500, { error: { nl: 'Er ging iets mis op de server.', en: 'Something went wrong on the server.' } });
        }
      }
      // Handled: an empty rejection is how Hocuspocus is told to add no default answer.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject();
    },
    async onAuthenticate({ token, documentName, connectionConfig, requestHeaders }: onAuthenticatePayload) {
      const checked = verifyToken(secret, token, now());
      if (!checked.ok) throw new Error(`token ${checked.reason}`);
      const { claims } = checked;
      if (claims.room !== documentName) throw new Error('token for another room');
      const record = await store.room(documentName);
      if (!record) throw new Error('no such room');
      if (record.closed && claims.role !== 'facilitator') throw new Error('room closed');
      if (claims.role === 'participant' && (await store.isRevoked(documentName, claims.id))) throw new Error(REMOVED_REASON);
      // Only a facilitator writes the plan; participants act through commands, viewers read.
      connectionConfig.readOnly = claims.role !== 'facilitator';
      const key = requestHeaders.get('sec-websocket-key');
      if (key !== null) {
        clearTimeout(unauthenticated.get(key));
        unauthenticated.delete(key);
      }
      return { claims, sent: [] } satisfies Context;
    },
    async onLoadDocument({ documentName, document }) {
      const state = await store.load(documentName);
      if (!state) throw new Error('no such room');
      Y.applyUpdate(document, state);
      return document;
    },
    async onStoreDocument({ documentName, document }) {
      await store.save(documentName, (stored) => {
        const merged = stored ? Y.mergeUpdates([stored, Y.encodeStateAsUpdate(document)]) : Y.encodeStateAsUpdate(document);
        const probe = new Y.Doc();
        Y.applyUpdate(probe, merged);
        const plan = new SharedDocument(probe, { voter: 'server' }).read();
        // What is stored always parses: a state that would not is kept out, and the last good one stays.
        if (!DocumentSchema.safeParse(plan).success) {
          logLine(options.quiet, { event: 'not-stored', room: documentName, reason: 'the merged plan does not parse' });
          return undefined;
        }
        return { state: merged, json: serializeDocument(plan) };
      });
    },
    beforeHandleMessage({ update, document, connection }) {
      if (update.byteLength > MAX_MESSAGE_BYTES) return Promise.reject(new Error('message too large'));
      if (!connection.readOnly && wouldExceedLimits(document, update, maxNodes)) {
        return Promise.reject(new Error('document over the limits'));
      }
      return Promise.resolve();
    },
    async onStateless({ connection, document, payload }: onStatelessPayload) {
      const context = connection.context as Context;
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
        return answer({ answer: id, ok: false, reason: { nl: 'Een scherm kijkt alleen mee.', en: 'A screen only watches.' } });
      }
      if (!allow(context.sent, now(), RATE_LIMIT, RATE_WINDOW_MS)) {
        return answer({
          answer: id,
          ok: false,
          reason: { nl: 'Even rustig aan: probeer het zo weer.', en: 'Slow down a little: try again in a moment.' },
          retry: true,
        });
      }
      if (!parsed.success) {
        return answer({
          answer: id,
          ok: false,
          reason: { nl: 'Dit verzoek begrijpt de server niet.', en: 'The server does not understand this request.' },
        });
      }
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
        if (!(await store.claim(document.name, voter, what))) {
          return refuse({ nl: 'Deze kaart heb je al gesteund.', en: 'You have already supported this card.' });
        }
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
      const refused = applyRoomCommand(shared, command, { id: voter, name: context.claims.name }, now());
      if (refused) return refuse(refused);
      return answer(command.type === 'vote' ? { answer: id, ok: true, mine: shared.votesOf(voter) } : { answer: id, ok: true });
    },
  };

  /** What another process (or this one) asks: closing a room, removing a participant, acted on here. */
  const act = (signal: RoomSignal) => {
    const open = server.hocuspocus.documents.get(signal.room);
    for (const connection of open?.getConnections() ?? []) {
      const { claims } = connection.context as Context;
      if (signal.type === 'close' && claims.role !== 'facilitator') connection.close({ code: 4403, reason: ROOM_CLOSED_REASON });
      if (signal.type === 'remove' && claims.id === signal.person) connection.close({ code: 4403, reason: REMOVED_REASON });
    }
  };
  const bus = await RoomBus.start((signal) => act(signal), redis);

  const extensions: Extension[] = [rooms];
  if (redis) extensions.unshift(new Redis({ ...redis, prefix: 'veranderlogica' }));
  const server = new Server({
    port: options.port ?? 1234,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDelay ?? 1000,
    maxDebounce: 10_000,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    extensions,
  });
  await server.listen();
  // Headers must arrive within REQUEST_TIMEOUT_MS, and a whole request too (a body that trickles is cut off).
  server.httpServer.headersTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  server.httpServer.requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const port = server.address.port;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    store,
    server,
    createKey,
    async close() {
      for (const timer of unauthenticated.values()) clearTimeout(timer);
      await server.destroy();
      await bus.close();
      await counters.close();
      if (!options.store) await store.close();
    },
  };
}

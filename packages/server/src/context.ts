import type { IncomingMessage } from 'node:http';
import { LIMITS } from '@veranderlogica/core';
import { SharedDocument, type RoomRole } from '@veranderlogica/core/sync';
import type * as Y from 'yjs';
import type { Counters } from './counters.js';
import { plainAddress, REQUEST_TIMEOUT_MS } from './http.js';
import type { RoomStore } from './store.js';
import { newId, signToken, TOKEN_HOURS, type TokenClaims } from './tokens.js';

/** What every extension of the room server shares: the store, the secret, the counters and the clock. */
export interface RoomServerContext {
  readonly store: RoomStore;
  /** Signs and checks tokens. */
  readonly secret: Buffer;
  /** The key opening a room needs, if any. */
  readonly createKey: string | undefined;
  readonly counters: Counters;
  readonly now: () => number;
  /** Most cards a room may hold. */
  readonly maxNodes: number;
  /** How long headers, a whole request, and a WebSocket without a token may take (ms). */
  readonly requestTimeoutMs: number;
  readonly authTimeoutMs: number;
  /** How long a wrong code waits once an address has tried too many (ms). */
  readonly guessDelayMs: number;
  readonly quiet: boolean;
  /** Who sent a request: the connection's address, or, behind a trusted proxy, the nearest address the proxies name. */
  readonly addressOf: (request: IncomingMessage) => string;
  /** Counts one more `what` from the request's address this minute: true when that is over `limit`. */
  readonly limited: (what: string, request: IncomingMessage, limit: number) => Promise<boolean>;
  /** A signed token for a role in a room. */
  readonly issue: (room: string, role: RoomRole, name?: string, id?: string) => { token: string; expires: number };
  /** A signed review link for one partner of a round, valid until `expires` (ms since 1970). */
  readonly issueReview: (
    room: string,
    review: {
      readonly partner: string;
      readonly name: string;
      readonly round: string;
      readonly scope: 'plan' | 'own';
      readonly expires: number;
    },
  ) => { token: string; expires: number };
  /** The plan binding of a room's Yjs document, one per document. */
  readonly sharedOf: (document: Y.Doc) => SharedDocument;
}

/** What the server keeps per connection. */
export interface ConnectionContext {
  readonly claims: TokenClaims;
  /** When this connection sent its recent commands (a sliding window). */
  readonly sent: number[];
}

/** The shared context from the server's options. */
export function roomServerContext(options: {
  readonly store: RoomStore;
  readonly secret: Buffer;
  readonly createKey: string | undefined;
  readonly counters: Counters;
  readonly now?: () => number;
  readonly maxNodes?: number;
  readonly requestTimeoutMs?: number;
  readonly authTimeoutMs?: number;
  readonly guessDelayMs: number;
  readonly quiet?: boolean;
  readonly trustProxy?: readonly string[];
}): RoomServerContext {
  const now = options.now ?? (() => Date.now());
  const proxies = new Set((options.trustProxy ?? []).map(plainAddress));
  const shared = new WeakMap<Y.Doc, SharedDocument>();
  const addressOf = (request: IncomingMessage): string => {
    const direct = plainAddress(request.socket.remoteAddress ?? '');
    if (!proxies.has(direct)) return direct;
    const header = request.headers['x-forwarded-for'];
    const chain = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((part) => plainAddress(part.trim()));
    for (let i = chain.length - 1; i >= 0; i--) if (chain[i] && !proxies.has(chain[i]!)) return chain[i]!;
    return direct;
  };
  return {
    store: options.store,
    secret: options.secret,
    createKey: options.createKey,
    counters: options.counters,
    now,
    maxNodes: Math.min(options.maxNodes ?? LIMITS.maxNodes, LIMITS.maxNodes),
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    authTimeoutMs: options.authTimeoutMs ?? REQUEST_TIMEOUT_MS,
    guessDelayMs: options.guessDelayMs,
    quiet: options.quiet ?? false,
    addressOf,
    limited: async (what, request, limit) => (await options.counters.hit(`${what}:${addressOf(request)}`, 60_000)) > limit,
    issue: (room, role, name = '', id = newId(role === 'participant' ? 'p' : role)) => {
      const expires = now() + TOKEN_HOURS[role] * 3_600_000;
      return { token: signToken(options.secret, { room, role, expires, id, name }), expires };
    },
    issueReview: (room, { partner, name, round, scope, expires }) => {
      const until = Math.min(expires, now() + TOKEN_HOURS.reviewer * 3_600_000);
      const claims = { room, role: 'reviewer' as const, expires: until, id: newId('r'), name, partner, round, scope };
      return { token: signToken(options.secret, claims), expires: until };
    },
    sharedOf: (document) => {
      let binding = shared.get(document);
      if (!binding) shared.set(document, (binding = new SharedDocument(document, { voter: 'server', origin: { server: true } })));
      return binding;
    },
  };
}

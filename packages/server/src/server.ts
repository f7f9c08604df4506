import { Server, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { MemoryCounters, RedisCounters, type Counters } from './counters.js';
import { roomServerContext } from './context.js';
import { Authentication } from './extensions/authentication.js';
import { Commands } from './extensions/commands.js';
import { Editor } from './extensions/editor.js';
import { Limits, MAX_MESSAGE_BYTES } from './extensions/limits.js';
import { GUESS_DELAY_MS, RoomsApi } from './extensions/rooms-api.js';
import { Signals } from './extensions/signals.js';
import { Storage } from './extensions/storage.js';
import { PostgresStore, SqliteStore, type RoomStore } from './store.js';
import { newSecret } from './tokens.js';

export { MAX_MESSAGE_BYTES } from './extensions/limits.js';
export { RATE_LIMIT, RATE_WINDOW_MS } from './extensions/commands.js';
export { GUESS_FREE, GUESS_LIMIT } from './extensions/rooms-api.js';

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

/**
 * Starts a room server: the built editor and the WebSocket of every room on one port, rooms stored in SQLite (or
 * PostgreSQL), Redis between processes. It is Hocuspocus with one extension per concern: Redis (the official one)
 * and {@link Signals} between processes, {@link Authentication}, {@link Limits}, {@link Storage}, {@link Commands},
 * the {@link RoomsApi} and the {@link Editor}.
 *
 * @example
 * const server = await startRoomServer({ port: 1234, data: './data', editorDir: 'apps/editor/dist' });
 * console.log(`open ${server.url}`);
 */
export async function startRoomServer(options: RoomServerOptions = {}): Promise<RoomServer> {
  const store =
    options.store ??
    (options.databaseUrl
      ? await PostgresStore.connect(options.databaseUrl, { schema: options.databaseSchema })
      : new SqliteStore(options.data ?? './data'));
  const host = options.host ?? '127.0.0.1';
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(host);
  const redis = options.redisUrl ? redisConfiguration(options.redisUrl) : undefined;
  // Limits per address hold across processes when they share Redis.
  const counters: Counters = redis ? new RedisCounters(redis) : new MemoryCounters(options.now ?? (() => Date.now()));
  const context = roomServerContext({
    ...options,
    store,
    secret: await store.secret(newSecret),
    // Beyond this computer anyone on the network could open rooms: a key is required, made here when none is given.
    createKey: options.createKey ?? (loopback ? undefined : newSecret().toString('base64url').slice(0, 24)),
    counters,
    guessDelayMs: options.guessDelayMs ?? GUESS_DELAY_MS,
  });
  const signals = await Signals.start(redis);
  const extensions: Extension[] = [
    ...(redis ? [new Redis({ ...redis, prefix: 'veranderlogica' })] : []),
    signals,
    new Authentication(context),
    new Limits(context),
    new Storage(store, options),
    new Commands(context),
    new RoomsApi(context, signals),
    new Editor(options.editorDir, options),
  ];
  const server = new Server({
    port: options.port ?? 1234,
    address: host,
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDelay ?? 1000,
    maxDebounce: 10_000,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    extensions,
  });
  await server.listen();
  // Headers must arrive within REQUEST_TIMEOUT_MS, and a whole request too (a body that trickles is cut off).
  server.httpServer.headersTimeout = context.requestTimeoutMs;
  server.httpServer.requestTimeout = context.requestTimeoutMs;
  const port = server.address.port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    store,
    server,
    createKey: context.createKey,
    async close() {
      await server.destroy();
      await counters.close();
      if (!options.store) await store.close();
    },
  };
}

/**
 * The live workshop room: a Yjs sync server on Hocuspocus with roles, join codes and storage.
 * `startRoomServer` composes it from one extension per concern; each can be used on a Hocuspocus server of your own.
 *
 * @module @veranderlogica/server
 */
export { MAX_MESSAGE_BYTES, RATE_LIMIT, RATE_WINDOW_MS, startRoomServer } from './server.js';
export type { RoomServer, RoomServerOptions } from './server.js';
export { roomServerContext } from './context.js';
export type { ConnectionContext, RoomServerContext } from './context.js';
export { Authentication } from './extensions/authentication.js';
export { Commands } from './extensions/commands.js';
export { Editor } from './extensions/editor.js';
export { Limits } from './extensions/limits.js';
export { RoomsApi } from './extensions/rooms-api.js';
export { Signals } from './extensions/signals.js';
export { Storage } from './extensions/storage.js';
export { SERVER_MESSAGES } from './messages.js';
export type { ServerMessageCode } from './messages.js';
export { PostgresStore, SqliteStore } from './store.js';
export type { Merge, RoomRecord, RoomStore } from './store.js';
export { CODE_ALPHABET, CODE_LENGTH, newJoinCode, signToken, verifyToken } from './tokens.js';
export type { TokenClaims } from './tokens.js';
export type { TokenRefusal } from './tokens.js';
export { MemoryCounters, RedisCounters } from './counters.js';
export type { Counters } from './counters.js';
export type { RoomSignal } from './bus.js';
export { redisConfiguration } from './server.js';

/** The live workshop room: a Yjs sync server on Hocuspocus with roles, join codes and storage. */
export { MAX_MESSAGE_BYTES, RATE_LIMIT, RATE_WINDOW_MS, startRoomServer } from './server.js';
export type { RoomServer, RoomServerOptions } from './server.js';
export { PostgresStore, SqliteStore } from './store.js';
export type { Merge, RoomRecord, RoomStore } from './store.js';
export { CODE_ALPHABET, CODE_LENGTH, newJoinCode, signToken, verifyToken } from './tokens.js';
export type { TokenClaims } from './tokens.js';

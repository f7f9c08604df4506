import { TEXTS } from './locales/index.js';

/**
 * Every sentence the room server sends to a person, keyed by code: an HTTP refusal's `error`, a command's `reason`.
 * Clients show the text in their own language; the code stays the same across languages and versions.
 */
export const SERVER_MESSAGES = TEXTS.serverMessages;

/** The code of one of the server's messages. */
export type ServerMessageCode = keyof typeof SERVER_MESSAGES;

import { localizeMessage, type Message, type MessageParams } from '../i18n/format.js';
import type { Localized } from '../i18n/localized.js';

export type OperationErrorCode =
  | 'not-found'
  | 'duplicate-id'
  | 'forbidden-connection'
  | 'invalid-value'
  | 'immutable-field'
  | 'unknown-operation'
  | 'invalid-operation'
  /** A list is full: one more would make a file the format refuses (`LIMITS`). */
  | 'limit-reached';

/**
 * Thrown when an operation cannot apply: a missing id, a forbidden
 * connection, a value the schema refuses, an unknown operation. The
 * document is left untouched.
 *
 * @example
 * try {
 *   history.apply(operation);
 * } catch (error) {
 *   if (error instanceof OperationError) showNotice(error.localized.nl, error.path);
 * }
 */
export class OperationError extends Error {
  readonly code: OperationErrorCode;
  readonly localized: Localized;
  readonly path: string;
  /** The values the message names (an id, a field, the refused value's reason), as data. */
  readonly params: MessageParams;

  constructor(code: OperationErrorCode, message: Localized, path = '', params: MessageParams = {}) {
    super(message.en);
    this.name = 'OperationError';
    this.code = code;
    this.localized = message;
    this.path = path;
    this.params = params;
  }

  /**
   * An error whose text is rendered from its params by the one message formatter.
   *
   * @example
   * throw OperationError.of('not-found', NOT_FOUND, { what: bilingual('Kaart', 'Node'), id });
   */
  static of<P extends MessageParams>(code: OperationErrorCode, message: Message<P>, params: P, path = ''): OperationError {
    return new OperationError(code, localizeMessage(message, params), path, params);
  }
}

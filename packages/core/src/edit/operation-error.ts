import type { Localized } from '../i18n/localized.js';

export type OperationErrorCode =
  'not-found' | 'duplicate-id' | 'forbidden-connection' | 'invalid-value' | 'immutable-field' | 'unknown-operation' | 'invalid-operation';

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

  constructor(code: OperationErrorCode, message: Localized, path = '') {
    super(message.en);
    this.name = 'OperationError';
    this.code = code;
    this.localized = message;
    this.path = path;
  }
}

import { formatMessage, type MessageParams } from '../i18n/format.js';
import type { Language, Localized } from '../i18n/localized.js';
import { TEXTS as LANGUAGE_TEXTS } from '../i18n/locales/index.js';

/** Why a text or value could not be read as a document. */
export type ParseErrorCode =
  | 'too-large'
  | 'not-utf8'
  | 'too-deep'
  | 'too-many-errors'
  | 'json-syntax'
  | 'not-an-object'
  | 'not-veranderlogica'
  | 'version-missing'
  | 'version-too-new'
  | 'migration-failed'
  | 'invalid-type'
  | 'invalid-value'
  | 'missing-field'
  | 'unknown-field'
  | 'unknown-kind'
  | 'too-small'
  | 'too-big'
  | 'invalid-format';

/**
 * One reason a document could not be read. `path` is a JSON pointer
 * (RFC 6901) to the offending value, `''` for the whole document; `line`
 * and `column` (1-based) are given when the input was text.
 *
 * @example
 * const result = parseDocument(text);
 * if (!result.ok) for (const error of result.errors) console.error(formatParseError(error, 'nl'));
 */
export interface ParseError {
  readonly code: ParseErrorCode;
  readonly path: string;
  /** The values the message names (the offending value, the allowed choices, a limit), as data. */
  readonly params?: MessageParams;
  /** The message in both languages, rendered from `params` by the one message formatter. */
  readonly message: Localized;
  readonly line?: number;
  readonly column?: number;
}

/** Something read fine but worth telling, e.g. a migration from an older version. */
export interface ParseWarning {
  /** `migrated`: read from an older version; `normalised-text`: control characters or broken characters removed. */
  readonly code: 'migrated' | 'migration-note' | 'normalised-text';
  readonly path: string;
  readonly message: Localized;
}

/**
 * Turns a path of keys and indexes into a JSON pointer.
 *
 * @example
 * toJsonPointer(['nodes', 3, 'level']); // '/nodes/3/level'
 */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Splits a JSON pointer back into keys; numeric segments stay strings. */
export function fromJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * One line for people: where, then what.
 *
 * @example
 * formatParseError(error, 'nl'); // "/nodes/3/level (regel 42, kolom 18): Ongeldige waarde …"
 */
export function formatParseError(error: ParseError, language: Language): string {
  const where: string[] = [];
  if (error.path) where.push(error.path);
  if (error.line !== undefined) {
    where.push(formatMessage(LANGUAGE_TEXTS.format.lineColumn[language], { line: error.line, column: error.column ?? 1 }, language));
  }
  const prefix = where.length === 0 ? '' : where.length === 1 ? `${where[0]}: ` : `${where[0]} (${where[1]}): `;
  return prefix + error.message[language];
}

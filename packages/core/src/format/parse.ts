import { parse as parseJsonc, printParseErrorCode, type ParseError as JsoncError } from 'jsonc-parser';
import { CURRENT_VERSION, DocumentSchema, FORMAT_NAME, LIMITS, type Document } from '../model/schema.js';
import { defineMessage, localizeMessage, type Message, type MessageParams } from '../i18n/format.js';
import type { Localized } from '../i18n/localized.js';
import type { ParseError, ParseErrorCode, ParseWarning } from './issue.js';
import { createLocator, lineAndColumn, tooDeepAt } from './locate.js';
import { normaliseStrings } from './normalise.js';
import { migrate, MigrationError } from './migrate.js';
import { decodeUtf8 } from './decode.js';
import { expandVersions } from '../edit/versions.js';
import { fromZodIssue } from './zod-issues.js';
import { TEXTS } from './locales/index.js';

/**
 * The outcome of {@link parseDocument}: a document, or the reasons there is none.
 *
 * @example
 * const result: ParseResult = parseDocument(text);
 * if (result.ok) console.log(result.document.title);
 */
export type ParseResult =
  | { readonly ok: true; readonly document: Document; readonly warnings: readonly ParseWarning[] }
  | { readonly ok: false; readonly errors: readonly ParseError[] };

const SYNTAX_MESSAGES: Record<string, Localized> = {
  InvalidSymbol: TEXTS.parse.syntaxMessagesInvalidSymbol,
  InvalidNumberFormat: TEXTS.parse.syntaxMessagesInvalidNumberFormat,
  PropertyNameExpected: TEXTS.parse.syntaxMessagesPropertyNameExpected,
  ValueExpected: TEXTS.parse.syntaxMessagesValueExpected,
  ColonExpected: TEXTS.parse.syntaxMessagesColonExpected,
  CommaExpected: TEXTS.parse.syntaxMessagesCommaExpected,
  CloseBraceExpected: TEXTS.parse.syntaxMessagesCloseBraceExpected,
  CloseBracketExpected: TEXTS.parse.syntaxMessagesCloseBracketExpected,
  EndOfFileExpected: TEXTS.parse.syntaxMessagesEndOfFileExpected,
  InvalidCommentToken: TEXTS.parse.syntaxMessagesInvalidCommentToken,
  UnexpectedEndOfComment: TEXTS.parse.syntaxMessagesUnexpectedEndOfComment,
  UnexpectedEndOfString: TEXTS.parse.syntaxMessagesUnexpectedEndOfString,
  UnexpectedEndOfNumber: TEXTS.parse.syntaxMessagesUnexpectedEndOfNumber,
  InvalidUnicode: TEXTS.parse.syntaxMessagesInvalidUnicode,
  InvalidEscapeCharacter: TEXTS.parse.syntaxMessagesInvalidEscapeCharacter,
  InvalidCharacter: TEXTS.parse.syntaxMessagesInvalidCharacter,
};

function syntaxError(text: string): ParseError {
  if (text.trim() === '') {
    return error('json-syntax', '', READING.empty, {}, { line: 1, column: 1 });
  }
  const errors: JsoncError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) {
    // JSON.parse refused what jsonc-parser accepts: in practice an empty text.
    return error('json-syntax', '', READING.emptyOrNotJson, {}, { line: 1, column: 1 });
  }
  const what = SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? TEXTS.parse.what;
  const { line, column } = lineAndColumn(text, first.offset);
  return error('json-syntax', '', READING.syntax, { what }, { line, column });
}

const fail = (errors: ParseError[]): ParseResult => ({ ok: false, errors });

/** The messages of reading errors, each filled from the error's `params` by the one formatter. */
const READING = {
  empty: defineMessage(TEXTS.parse.readingEmpty),
  notUtf8: defineMessage<{ offset: number }>(TEXTS.parse.readingNotUtf8),
  emptyOrNotJson: defineMessage(TEXTS.parse.readingEmptyOrNotJson),
  syntax: defineMessage<{ what: Localized }>(TEXTS.parse.readingSyntax),
  unreadable: defineMessage<{ reason: string }>(TEXTS.parse.readingUnreadable),
  tooLarge: defineMessage<{ mb: number }>(TEXTS.parse.readingTooLarge),
  notAnObject: defineMessage(TEXTS.parse.readingNotAnObject),
  notVeranderlogica: defineMessage<{ format: string }>(TEXTS.parse.readingNotVeranderlogica),
  versionMissing: defineMessage(TEXTS.parse.readingVersionMissing),
  versionTooNew: defineMessage<{ version: number; current: number }>(TEXTS.parse.readingVersionTooNew),
  wouldLoseData: defineMessage<{ version: number; problem: Localized }>(TEXTS.parse.readingWouldLoseData),
  migrationFailed: defineMessage<{ version: number; reason: string }>(TEXTS.parse.readingMigrationFailed),
  tooDeep: defineMessage<{ depth: number }>(TEXTS.parse.readingTooDeep),
  tooManyErrors: defineMessage<{ count: number }>(TEXTS.parse.readingTooManyErrors),
  normalised: defineMessage<{ count: number }>(TEXTS.parse.readingNormalised),
  migrated: defineMessage<{ version: number; current: number }>(TEXTS.parse.readingMigrated),
};

/** An error with its code, place and params; its message rendered from the params. */
function error<P extends MessageParams>(
  code: ParseErrorCode,
  path: string,
  message: Message<P>,
  params: P,
  where: { line?: number; column?: number } = {},
): ParseError {
  return { code, path, ...where, params, message: localizeMessage(message, params) };
}

/**
 * Reads a document from JSON text, the bytes of a file (strict UTF-8), or an already parsed value. Never throws:
 * every problem comes back as a {@link ParseError} with a JSON-pointer path,
 * line and column for text input, and messages in Dutch and English.
 * Older format versions are migrated, with a warning.
 *
 * @example
 * const result = parseDocument(await readFile('toc.json', 'utf8'));
 * if (result.ok) use(result.document);
 * else for (const e of result.errors) console.error(formatParseError(e, 'nl'));
 */
export function parseDocument(input: unknown): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (thrown) {
    // A last guard: a bug in here must still not take the caller down.
    return fail([error('invalid-value', '', READING.unreadable, { reason: String(thrown).slice(0, 200) })]);
  }
}

function parseUnsafe(input: unknown): ParseResult {
  // Bytes (a file as read): decoded strictly, so broken bytes are named, not turned into "�".
  if (input instanceof Uint8Array) {
    if (input.length > LIMITS.maxTextLength * 3) {
      return fail([error('too-large', '', READING.tooLarge, { mb: Math.round(LIMITS.maxTextLength / 1024 / 1024) })]);
    }
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return fail([error('not-utf8', '', READING.notUtf8, { offset: decoded.offset })]);
    input = decoded.text;
  }
  let raw: unknown = input;
  let text: string | undefined;
  if (typeof input === 'string') {
    if (input.length > LIMITS.maxTextLength) {
      return fail([error('too-large', '', READING.tooLarge, { mb: Math.round(LIMITS.maxTextLength / 1024 / 1024) })]);
    }
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    try {
      // JSON.parse itself is not recursive: any nesting reads, and is measured below.
      raw = JSON.parse(text);
    } catch {
      // Broken and nested too deep (an unclosed 5,000 levels): the depth is told with its place, before the
      // syntax locator, which descends recursively, reads it.
      const deep = tooDeepAt(text, LIMITS.maxDepth);
      if (deep !== undefined) return fail([error('too-deep', '', READING.tooDeep, { depth: LIMITS.maxDepth }, lineAndColumn(text, deep))]);
      return fail([syntaxError(text)]);
    }
  }
  // Refused before anything recursive reads it, with the place of the first bracket too deep in a text. A current
  // file goes to the schema first: the schema descends only as deep as the format does (a list where a title belongs
  // is one error, not a walk), so a file it accepts cannot be too deep, and only a refused one needs the walk.
  const tooDeep = () => {
    if (!deeperThan(raw, LIMITS.maxDepth)) return undefined;
    const at = text === undefined ? undefined : tooDeepAt(text, LIMITS.maxDepth);
    const where = text === undefined || at === undefined ? {} : lineAndColumn(text, at);
    return fail([error('too-deep', '', READING.tooDeep, { depth: LIMITS.maxDepth }, where)]);
  };
  const current = typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version === CURRENT_VERSION;
  if (!current) {
    const refused = tooDeep();
    if (refused) return refused;
  }
  // Control characters and broken surrogates can only be in a JSON text as \u escapes (raw ones are a syntax error),
  // so a text without "\u" needs no look (the common case, at the cost of one fast search); a value always gets one.
  const normalised =
    text === undefined || (text.includes('\\u') && ESCAPED_CONTROL.test(text))
      ? normaliseStrings(raw, LIMITS.maxDepth, text === undefined)
      : { value: raw, changed: [] };
  if (normalised === undefined) return fail([error('too-deep', '', READING.tooDeep, { depth: LIMITS.maxDepth })]);
  const result = readDocument(normalised.value);
  if (result.ok) {
    if (normalised.changed.length === 0) return result;
    const warning: ParseWarning = {
      code: 'normalised-text',
      path: normalised.changed[0]!,
      message: localizeMessage(READING.normalised, { count: normalised.changed.length }),
    };
    return { ...result, warnings: [...result.warnings, warning] };
  }
  if (current) {
    const refused = tooDeep();
    if (refused) return refused;
  }
  // Only a bounded number of errors is located and reported; the rest is counted.
  const shown = result.errors.slice(0, LIMITS.maxReportedErrors);
  const more = result.errors.length - shown.length;
  const located = text === undefined ? shown : locateAll(text, shown);
  return fail(more > 0 ? [...located, error('too-many-errors', '', READING.tooManyErrors, { count: more })] : located);
}

/** A \u escape of a C0 control character or a surrogate half: what {@link normaliseStrings} may have to mend. */
const ESCAPED_CONTROL = /\\u(?:00[01]|[dD][89a-fA-F])/;

/** Whether objects and lists nest deeper than `limit` (iteratively: a value nested 100,000 deep is measured safely). */
function deeperThan(root: unknown, limit: number): boolean {
  const stack: unknown[] = [root, 0];
  while (stack.length > 0) {
    const depth = stack.pop() as number;
    const value = stack.pop();
    if (depth > limit) return true;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) stack.push(item, depth + 1);
      }
    }
  }
  return false;
}

function locateAll(text: string, errors: readonly ParseError[]): ParseError[] {
  const locate = createLocator(text);
  return errors.map((error) => ({ ...error, ...locate(error.path) }));
}

function readDocument(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail([error('not-an-object', '', READING.notAnObject, {})]);
  }
  const object = raw as Record<string, unknown>;
  if (object.format !== FORMAT_NAME) {
    return fail([error('not-veranderlogica', '/format', READING.notVeranderlogica, { format: FORMAT_NAME })]);
  }
  const version = object.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail([error('version-missing', '/version', READING.versionMissing, {})]);
  }
  if (version > CURRENT_VERSION) {
    return fail([error('version-too-new', '/version', READING.versionTooNew, { version, current: CURRENT_VERSION })]);
  }
  const warnings: ParseWarning[] = [];
  let current: Record<string, unknown> = object;
  const notes: ParseWarning[] = [];
  if (version < CURRENT_VERSION) {
    try {
      const migrated = migrate(object);
      current = migrated.document;
      for (const note of migrated.notes) notes.push({ code: 'migration-note', path: note.path, message: note.message });
    } catch (thrown) {
      if (thrown instanceof MigrationError) {
        return fail(
          thrown.problems.map((problem) =>
            error('migration-failed', problem.path, READING.wouldLoseData, { version, problem: problem.message }),
          ),
        );
      }
      return fail([error('migration-failed', '', READING.migrationFailed, { version, reason: String(thrown).slice(0, 200) })]);
    }
    warnings.push({
      code: 'migrated',
      path: '/version',
      message: localizeMessage(READING.migrated, { version, current: CURRENT_VERSION }),
    });
    warnings.push(...notes);
  }
  const result = DocumentSchema.safeParse(current);
  if (!result.success) return fail(result.error.issues.flatMap((issue) => fromZodIssue(issue, current)));
  const document = result.data;
  // A version the file keeps compressed is unpacked whole.
  if (document.versions.some((version) => 'packed' in version)) {
    return { ok: true, document: { ...document, versions: expandVersions(document.versions) }, warnings };
  }
  return { ok: true, document, warnings };
}

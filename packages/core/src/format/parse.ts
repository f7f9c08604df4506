import { parse as parseJsonc, printParseErrorCode, type ParseError as JsoncError } from 'jsonc-parser';
import { CURRENT_VERSION, DocumentSchema, FORMAT_NAME, LIMITS, type Document } from '../model/schema.js';
import type { ParseError, ParseWarning } from './issue.js';
import { createLocator, lineAndColumn } from './locate.js';
import { migrate, MigrationError } from './migrate.js';
import { fromZodIssue } from './zod-issues.js';

/** The outcome of {@link parseDocument}: a document, or the reasons there is none. */
export type ParseResult =
  | { readonly ok: true; readonly document: Document; readonly warnings: readonly ParseWarning[] }
  | { readonly ok: false; readonly errors: readonly ParseError[] };

const SYNTAX_MESSAGES: Record<string, { nl: string; en: string }> = {
  InvalidSymbol: { nl: 'ongeldig teken', en: 'invalid character' },
  InvalidNumberFormat: { nl: 'ongeldig getal', en: 'invalid number' },
  PropertyNameExpected: { nl: 'veldnaam verwacht', en: 'property name expected' },
  ValueExpected: { nl: 'waarde verwacht', en: 'value expected' },
  ColonExpected: { nl: 'dubbele punt verwacht', en: 'colon expected' },
  CommaExpected: { nl: 'komma verwacht', en: 'comma expected' },
  CloseBraceExpected: { nl: '} verwacht', en: '} expected' },
  CloseBracketExpected: { nl: '] verwacht', en: '] expected' },
  EndOfFileExpected: { nl: 'einde van het bestand verwacht', en: 'end of file expected' },
  InvalidCommentToken: { nl: 'commentaar is niet toegestaan in JSON', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: { nl: 'onverwacht einde van commentaar', en: 'unexpected end of comment' },
  UnexpectedEndOfString: { nl: 'tekst niet afgesloten met "', en: 'text not closed with "' },
  UnexpectedEndOfNumber: { nl: 'onverwacht einde van getal', en: 'unexpected end of number' },
  InvalidUnicode: { nl: 'ongeldige unicode-code', en: 'invalid unicode escape' },
  InvalidEscapeCharacter: { nl: 'ongeldig escape-teken', en: 'invalid escape character' },
  InvalidCharacter: { nl: 'ongeldig teken in tekst', en: 'invalid character in text' },
};

function syntaxError(text: string): ParseError {
  if (text.trim() === '') {
    return { code: 'json-syntax', path: '', line: 1, column: 1, message: { nl: 'Het bestand is leeg.', en: 'The file is empty.' } };
  }
  const errors: JsoncError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) {
    // JSON.parse refused what jsonc-parser accepts: in practice an empty text.
    return {
      code: 'json-syntax',
      path: '',
      line: 1,
      column: 1,
      message: { nl: 'Het bestand is leeg of geen JSON.', en: 'The file is empty or not JSON.' },
    };
  }
  const what = SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? { nl: 'ongeldige JSON', en: 'invalid JSON' };
  const { line, column } = lineAndColumn(text, first.offset);
  return {
    code: 'json-syntax',
    path: '',
    line,
    column,
    message: { nl: `Geen geldige JSON: ${what.nl}.`, en: `Not valid JSON: ${what.en}.` },
  };
}

const fail = (errors: ParseError[]): ParseResult => ({ ok: false, errors });

/**
 * Reads a document from JSON text or an already parsed value. Never throws:
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
  } catch (error) {
    // A last guard: a bug in here must still not take the caller down.
    return fail([
      {
        code: 'invalid-value',
        path: '',
        message: { nl: `Het bestand kon niet worden gelezen: ${String(error)}`, en: `The file could not be read: ${String(error)}` },
      },
    ]);
  }
}

function parseUnsafe(input: unknown): ParseResult {
  let raw: unknown = input;
  let text: string | undefined;
  if (typeof input === 'string') {
    if (input.length > LIMITS.maxTextLength) {
      const mb = (LIMITS.maxTextLength / 1024 / 1024).toFixed(0);
      return fail([
        {
          code: 'too-large',
          path: '',
          message: { nl: `Het bestand is te groot: hoogstens ${mb} MB.`, en: `The file is too large: at most ${mb} MB.` },
        },
      ]);
    }
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    try {
      raw = JSON.parse(text);
    } catch {
      return fail([syntaxError(text)]);
    }
  }
  const errors = readDocument(raw);
  if (errors.ok) return errors;
  if (text === undefined) return errors;
  const locate = createLocator(text);
  return fail(errors.errors.map((error) => ({ ...error, ...locate(error.path) })));
}

function readDocument(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail([
      {
        code: 'not-an-object',
        path: '',
        message: { nl: 'Verwacht een JSON-object met een veranderlogica.', en: 'Expected a JSON object holding a veranderlogica.' },
      },
    ]);
  }
  const object = raw as Record<string, unknown>;
  if (object.format !== FORMAT_NAME) {
    return fail([
      {
        code: 'not-veranderlogica',
        path: '/format',
        message: {
          nl: `Dit is geen veranderlogica-bestand: "format" moet "${FORMAT_NAME}" zijn.`,
          en: `This is not a veranderlogica file: "format" must be "${FORMAT_NAME}".`,
        },
      },
    ]);
  }
  const version = object.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail([
      {
        code: 'version-missing',
        path: '/version',
        message: { nl: 'Versienummer ontbreekt of is ongeldig.', en: 'The version number is missing or invalid.' },
      },
    ]);
  }
  if (version > CURRENT_VERSION) {
    return fail([
      {
        code: 'version-too-new',
        path: '/version',
        message: {
          nl: `Dit bestand heeft formaatversie ${version}; deze versie van Veranderlogica kent tot en met versie ${CURRENT_VERSION}. Werk Veranderlogica bij om het te openen.`,
          en: `This file has format version ${version}; this version of Veranderlogica reads up to version ${CURRENT_VERSION}. Update Veranderlogica to open it.`,
        },
      },
    ]);
  }
  const warnings: ParseWarning[] = [];
  let current: Record<string, unknown> = object;
  if (version < CURRENT_VERSION) {
    try {
      current = migrate(object).document;
    } catch (error) {
      if (error instanceof MigrationError) {
        return fail(
          error.problems.map((problem) => ({
            code: 'migration-failed' as const,
            path: problem.path,
            message: {
              nl: `Omzetten van versie ${version} kan niet zonder gegevens te verliezen: ${problem.message.nl}`,
              en: `Migrating from version ${version} would lose data: ${problem.message.en}`,
            },
          })),
        );
      }
      return fail([
        {
          code: 'migration-failed',
          path: '',
          message: {
            nl: `Omzetten van versie ${version} mislukte: ${String(error)}`,
            en: `Migrating from version ${version} failed: ${String(error)}`,
          },
        },
      ]);
    }
    warnings.push({
      code: 'migrated',
      path: '/version',
      message: {
        nl: `Omgezet van formaatversie ${version} naar ${CURRENT_VERSION}; sla op om het nieuwe formaat te bewaren.`,
        en: `Migrated from format version ${version} to ${CURRENT_VERSION}; save to keep the new format.`,
      },
    });
  }
  const result = DocumentSchema.safeParse(current);
  if (!result.success) return fail(result.error.issues.flatMap((issue) => fromZodIssue(issue, current)));
  return { ok: true, document: result.data, warnings };
}

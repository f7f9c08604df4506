import type { z } from 'zod';
import type { ParseError, ParseErrorCode } from './issue.js';
import { toJsonPointer } from './issue.js';
import { defineMessage, localizeMessage, type Message, type MessageParams } from '../i18n/format.js';
import { inEveryLanguage, type Language, type Localized } from '../i18n/localized.js';
import { VOCABULARIES } from '../model/vocabulary.js';
import { LIMITS } from '../model/schema.js';
import { TEXTS } from './locales/index.js';

type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, Localized> = {
  string: TEXTS.zodIssues.typeNamesString,
  number: TEXTS.zodIssues.typeNamesNumber,
  boolean: TEXTS.zodIssues.typeNamesBoolean,
  array: TEXTS.zodIssues.typeNamesArray,
  object: TEXTS.zodIssues.typeNamesObject,
  int: TEXTS.zodIssues.typeNamesInt,
  nan: TEXTS.zodIssues.typeNamesNan,
};

const FORMAT_NAMES: Record<string, Localized> = {
  id: TEXTS.zodIssues.formatNamesId,
  date: TEXTS.zodIssues.formatNamesDate,
  'calendar-date': TEXTS.zodIssues.formatNamesCalendarDate,
  datetime: TEXTS.zodIssues.formatNamesDatetime,
  link: TEXTS.zodIssues.formatNamesLink,
};

function typeName(name: string): Localized {
  return TYPE_NAMES[name] ?? inEveryLanguage(() => name);
}

function describeReceived(input: unknown): Localized {
  if (input === undefined) return TEXTS.zodIssues.nothing;
  if (input === null) return TEXTS.zodIssues.null;
  if (Array.isArray(input)) return TYPE_NAMES.array!;
  return typeName(typeof input);
}

/** Every value of the format's vocabularies with its labels, to explain a value in the user's words. */
const LABEL_OF = new Map<unknown, Localized>(
  VOCABULARIES.flatMap((vocabulary) => Object.entries(vocabulary.labels as Record<string, Localized>)),
);

/** The allowed values as they stand in the file, each followed by what it means in the language when that differs. */
function quoteList(values: readonly unknown[], language?: Language): string {
  return values
    .map((value) => {
      const label = language ? LABEL_OF.get(value)?.[language] : undefined;
      return label && label !== value ? `${JSON.stringify(value)} (${label})` : JSON.stringify(value);
    })
    .join(', ');
}

/** A value or name as a message quotes it: cut to {@link LIMITS.maxQuotedLength} characters, with an ellipsis. */
function clip(text: string): string {
  return text.length <= LIMITS.maxQuotedLength ? text : `${text.slice(0, LIMITS.maxQuotedLength - 1)}…`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The messages of shape errors, by what went wrong; each error carries the values it names as `params`. */
const SHAPE = {
  missing: defineMessage<{ expected: Localized }>(TEXTS.zodIssues.shapeMissing),
  notANumber: defineMessage(TEXTS.zodIssues.shapeNotANumber),
  infinite: defineMessage(TEXTS.zodIssues.shapeInfinite),
  wrongType: defineMessage<{ expected: Localized; got: Localized }>(TEXTS.zodIssues.shapeWrongType),
  notAChoice: defineMessage<{ value: string; choices: Localized }>(TEXTS.zodIssues.shapeNotAChoice),
  unknownField: defineMessage<{ field: string }>(TEXTS.zodIssues.shapeUnknownField),
  missingKind: defineMessage<{ choices: string }>(TEXTS.zodIssues.shapeMissingKind),
  unknownKind: defineMessage<{ value: string; choices: string }>(TEXTS.zodIssues.shapeUnknownKind),
  empty: defineMessage(TEXTS.zodIssues.shapeEmpty),
  atLeast: defineMessage<{ min: string }>(TEXTS.zodIssues.shapeAtLeast),
  tooLong: defineMessage<{ max: string }>(TEXTS.zodIssues.shapeTooLong),
  tooMany: defineMessage<{ max: string }>(TEXTS.zodIssues.shapeTooMany),
  atMost: defineMessage<{ max: string }>(TEXTS.zodIssues.shapeAtMost),
  wrongFormat: defineMessage<{ value: string; expected: Localized }>(TEXTS.zodIssues.shapeWrongFormat),
  other: defineMessage<{ issue: string }>(TEXTS.zodIssues.shapeOther),
};

/**
 * Translates one zod issue into the project's own errors: a code, the JSON
 * pointer, the values the message names (`params`) and the message in Dutch
 * and English. `root` is the value that was parsed, to quote the offending value.
 */
export function fromZodIssue(issue: ZodIssue, root: unknown): ParseError[] {
  const path = toJsonPointer(issue.path);
  const make = <P extends MessageParams>(code: ParseErrorCode, message: Message<P>, params: P, at = path): ParseError => ({
    code,
    path: at,
    params,
    message: localizeMessage(message, params),
  });
  const quoted = () => clip(JSON.stringify(valueAt(root, issue.path)) ?? 'undefined');
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      const input = valueAt(root, issue.path);
      if (input === undefined) return [make('missing-field', SHAPE.missing, { expected })];
      if (typeof input === 'number' && Number.isNaN(input)) return [make('invalid-value', SHAPE.notANumber, {})];
      if (typeof input === 'number' && !Number.isFinite(input)) return [make('invalid-value', SHAPE.infinite, {})];
      return [make('invalid-type', SHAPE.wrongType, { expected, got: describeReceived(input) })];
    }
    case 'invalid_value':
      return [
        make('invalid-value', SHAPE.notAChoice, {
          value: quoted(),
          choices: inEveryLanguage((language) => quoteList(issue.values, language)),
        }),
      ];
    case 'unrecognized_keys':
      // A key is quoted short, in the message and in the path (a path that long would not lead anywhere useful).
      return issue.keys.map((key) =>
        make('unknown-field', SHAPE.unknownField, { field: clip(key) }, toJsonPointer([...issue.path, clip(key)])),
      );
    case 'invalid_union': {
      // A discriminated union reports a bad or missing `kind` as an invalid union without sub-issues.
      if (issue.errors.length === 0) {
        const kind = valueAt(root, issue.path);
        const choices = quoteList((issue as { options?: unknown[] }).options ?? []);
        return [
          kind === undefined
            ? make('missing-field', SHAPE.missingKind, { choices })
            : make('unknown-kind', SHAPE.unknownKind, { value: clip(JSON.stringify(kind) ?? typeof kind), choices }),
        ];
      }
      return issue.errors.flat().flatMap((sub) => fromZodIssue({ ...sub, path: [...issue.path, ...sub.path] }, root));
    }
    case 'too_small':
      if (issue.origin === 'string') return [make('too-small', SHAPE.empty, {})];
      return [make('too-small', SHAPE.atLeast, { min: String(issue.minimum) })];
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return [make('too-big', SHAPE.tooLong, { max })];
      if (issue.origin === 'array') return [make('too-big', SHAPE.tooMany, { max })];
      return [make('too-big', SHAPE.atMost, { max })];
    }
    case 'invalid_format': {
      const name = issue.format === 'regex' ? (issue.message ?? '') : issue.format;
      const expected = FORMAT_NAMES[name] ?? localizeMessage(TEXTS.zodIssues.expected, { name });
      return [make('invalid-format', SHAPE.wrongFormat, { value: quoted(), expected })];
    }
    case 'invalid_key':
      return issue.issues.flatMap((sub) => fromZodIssue({ ...sub, path: [...issue.path, ...sub.path] }, root));
    case 'invalid_element':
      return issue.issues.flatMap((sub) => fromZodIssue({ ...sub, path: [...issue.path, ...sub.path] }, root));
    case 'custom': {
      const expected = Object.hasOwn(FORMAT_NAMES, issue.message ?? '') ? FORMAT_NAMES[issue.message] : undefined;
      if (expected) return [make('invalid-format', SHAPE.wrongFormat, { value: quoted(), expected })];
      return [make('invalid-value', SHAPE.other, { issue: issue.code })];
    }
    default:
      return [make('invalid-value', SHAPE.other, { issue: issue.code })];
  }
}

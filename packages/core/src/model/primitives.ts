import { z } from 'zod';

// The building blocks of the format's schemas, shared by the plan (schema.ts) and each kind of card (kinds/).

/**
 * Limits that keep hostile or accidental input from exhausting memory.
 *
 * @example
 * if (document.nodes.length >= LIMITS.maxNodes) console.log('Het plan is vol.');
 */
export const LIMITS = {
  /** Largest JSON text `parseDocument` accepts, in characters (20 MiB). */
  maxTextLength: 20 * 1024 * 1024,
  /** Deepest nesting of objects and lists a file may have (a document needs six levels). */
  maxDepth: 64,
  /** At most this many errors are located and reported; one more says how many were left out. */
  maxReportedErrors: 100,
  /** A value quoted in a message is cut to this many characters. */
  maxQuotedLength: 80,
  maxNodes: 50_000,
  maxEdges: 200_000,
  maxActors: 5_000,
  /** Named versions kept inside one file. */
  maxVersions: 100,
  /** Comments (replies included), and suggestions, kept in one file. */
  maxComments: 10_000,
  maxTitleLength: 500,
  maxTextFieldLength: 20_000,
  /** Largest |x| or |y| of a card's position, in diagram units. */
  maxCoordinate: 10_000_000,
} as const;

// Ids are short, URL- and file-safe tokens. They are stable: never changed, never reused.
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'id')
  .describe('Stable identifier: letters, digits, _ . : - (at most 64).');

export const title = z.string().max(LIMITS.maxTitleLength);
export const text = z.string().max(LIMITS.maxTextFieldLength);
const tags = z.array(z.string().min(1).max(100)).max(100);
/** Whether the YYYY-MM-DD at the start of a text is a day the calendar has (no 31 February). */
const onCalendar = (value: string) => {
  const [year, month, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date')
  .refine(onCalendar, { message: 'calendar-date', abort: true });
/** A timestamp in UTC, as written by `new Date().toISOString()`, on a day that exists. */
export const isoDateTime = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/, 'datetime')
  .refine(onCalendar, { message: 'calendar-date', abort: true });
/** Links are web addresses only; `javascript:` and other schemes are refused. */
export const webLink = z
  .string()
  .max(2_000)
  .regex(/^https?:\/\/[^\s]+$/, 'link');

export const EvidenceSchema = z
  .strictObject({
    source: text.describe('Where the evidence comes from (study, databank, practice).'),
    link: webLink.optional(),
  })
  .describe('Support for a claim, e.g. a recognised-interventions databank entry.');

/** The id of a group (strategy, speerpunt, bouwsteen or theme) a card belongs to. */
export const groupRef = IdSchema.optional().describe('Id of the group (strategy, speerpunt, bouwsteen, theme) it belongs to.');

/** A node schema: the fields every node has (id and kind first, for readable files), then its own. */
export function nodeSchema<const K extends string, const S extends z.core.$ZodLooseShape>(kind: K, own: S) {
  return z.strictObject({
    id: IdSchema,
    kind: z.literal(kind),
    title: title.describe('Short text on the card.'),
    description: text.default(''),
    tags: tags.default([]),
    contributesTo: z
      .array(IdSchema)
      .min(1)
      .max(50)
      .optional()
      .describe('Ids of cards in the parent plan (see `parent`) this card contributes to: draagt bij aan.'),
    ...own,
  });
}

/**
 * A value on a date: a baseline, a target or a measurement. Yes/no indicators
 * use 1 (yes) and 0 (no). A measurement over a period (a year, a quarter) is
 * dated on the period's last day.
 */
export const MeasurementSchema = z.strictObject({
  value: z.number().finite(),
  date: isoDate,
  source: z.string().max(1_000).optional().describe('Where this figure comes from, when it differs from the indicator’s source.'),
  note: z.string().max(2_000).optional().describe('A remark on this figure (a change of method, a partial year).'),
});

/** A short code or label: a disaggregation (sex, age) or a reference code (SDG 16.2.1). */
export const shortLabel = z.string().min(1).max(100);

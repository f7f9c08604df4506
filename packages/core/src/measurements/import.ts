import type { Operation } from '../edit/operation.js';
import { defineMessage, localizeMessage, type Message } from '../i18n/format.js';
import type { Localized } from '../i18n/localized.js';
import { MeasurementSchema, type Document, type IndicatorNode, type Measurement, type Monitoring } from '../model/schema.js';
import { readDate, readNumber, readYesNo, type ValueProblem } from './values.js';
import { TEXTS } from './locales/index.js';

/**
 * The parts of a measurement row, each read from one column.
 *
 * @example
 * for (const field of MEASUREMENT_FIELDS) console.log(MEASUREMENT_FIELD_LABELS[field].nl);
 */
export const MEASUREMENT_FIELDS = ['indicator', 'date', 'value', 'source', 'note'] as const;
/**
 * One part of a measurement row.
 *
 * @example
 * const field: MeasurementField = 'date';
 */
export type MeasurementField = (typeof MEASUREMENT_FIELDS)[number];

/**
 * Which column (by its heading) holds each part; `source` and `note` may be missing.
 *
 * @example
 * const columns: MeasurementColumns = { indicator: 'Indicator', date: 'Jaar', value: 'Waarde' };
 */
export type MeasurementColumns = NonNullable<Monitoring['csvColumns']>;

/** Headings recognised without a mapping, lower case: the workbook's own in both languages, and common variants. */
const HEADINGS: Record<MeasurementField, readonly string[]> = {
  indicator: ['id', 'indicator-id', 'indicator id', 'indicator', 'indicatornaam'],
  date: [
    'datum',
    'date',
    'periode',
    'period',
    'peildatum',
    'peiljaar',
    'jaar',
    'year',
    'datum (dd-mm-jjjj)',
    'date (dd-mm-yyyy)',
    'datum (jjjj-mm-dd)',
    'date (yyyy-mm-dd)',
  ],
  value: ['waarde', 'value', 'meting', 'measurement', 'uitkomst'],
  source: ['bron', 'source'],
  note: ['opmerking', 'toelichting', 'note', 'remark', 'comment'],
};

/**
 * How each part is called in messages and in the mapping step.
 *
 * @example
 * MEASUREMENT_FIELD_LABELS.value.nl; // 'Waarde'
 */
export const MEASUREMENT_FIELD_LABELS: Record<MeasurementField, Localized> = {
  indicator: TEXTS.import.measurementFieldLabelsIndicator,
  date: TEXTS.import.measurementFieldLabelsDate,
  value: TEXTS.import.measurementFieldLabelsValue,
  source: TEXTS.import.measurementFieldLabelsSource,
  note: TEXTS.import.measurementFieldLabelsNote,
};

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).trim();
  return '';
};
const norm = (text: unknown) => cellText(text).toLowerCase();

/**
 * Which columns of a table's heading row hold the indicator, date, value,
 * source and note: recognised by their headings (the workbook's own, in
 * Dutch or English, and common variants). An indicator id column wins over a
 * column of indicator names. Parts not found are left out.
 *
 * @example
 * guessMeasurementColumns(['Id', 'Indicator', 'Datum', 'Waarde']); // { indicator: 'Id', date: 'Datum', value: 'Waarde' }
 */
export function guessMeasurementColumns(headings: readonly unknown[]): Partial<MeasurementColumns> {
  const found: Partial<Record<MeasurementField, string>> = {};
  for (const field of MEASUREMENT_FIELDS) {
    for (const name of HEADINGS[field]) {
      const heading = headings.find((h) => norm(h) === name);
      if (heading !== undefined) {
        found[field] = cellText(heading);
        break;
      }
    }
  }
  return found;
}

/** Why a row or cell was refused, as a code. */
export type ImportProblemCode =
  ValueProblem | 'missing-column' | 'unknown-indicator' | 'ambiguous-indicator' | 'no-date' | 'duplicate' | 'too-long';

/** A row or cell that was not taken in: where (1-based row as the spreadsheet shows it, column heading) and why. */
export interface ImportProblem {
  readonly row: number;
  readonly column: string;
  /** The cell as it was, cut to 80 characters. */
  readonly value: string;
  readonly code: ImportProblemCode;
  readonly message: Localized;
}

/** A measurement the import adds or changes. */
export interface ImportedMeasurement {
  readonly row: number;
  readonly indicator: string;
  readonly title: string;
  readonly measurement: Measurement;
  /** What the plan held on that date before; absent for a new measurement. */
  readonly before?: Measurement;
}

/**
 * What an import would do, before anything changes: shown as a preview, applied as one operation.
 *
 * @example
 * const preview: MeasurementImport = planMeasurementImport(document, await readCsvTable(text));
 * console.log(preview.added.length, preview.problems.length);
 */
export interface MeasurementImport {
  /** Rows read below the heading row, blank ones included. */
  readonly rows: number;
  readonly added: readonly ImportedMeasurement[];
  readonly changed: readonly ImportedMeasurement[];
  /** Rows that match what the plan already holds. */
  readonly unchanged: number;
  /** Rows with an indicator but no value yet: the periods still to fill in. */
  readonly empty: number;
  readonly problems: readonly ImportProblem[];
  readonly columns: Partial<MeasurementColumns>;
  /** One batch of card updates (one undo step); absent when nothing changes. */
  readonly operation: Operation | undefined;
}

const MESSAGES = {
  'missing-column': defineMessage<{ column: string }>(TEXTS.import.messagesMissingColumn),
  'unknown-indicator': defineMessage<{ value: string }>(TEXTS.import.messagesUnknownIndicator),
  'ambiguous-indicator': defineMessage<{ value: string }>(TEXTS.import.messagesAmbiguousIndicator),
  'no-date': defineMessage(TEXTS.import.messagesNoDate),
  'not-a-number': defineMessage<{ value: string }>(TEXTS.import.messagesNotANumber),
  'ambiguous-number': defineMessage<{ value: string }>(TEXTS.import.messagesAmbiguousNumber),
  'not-a-date': defineMessage<{ value: string }>(TEXTS.import.messagesNotADate),
  'no-such-day': defineMessage<{ value: string }>(TEXTS.import.messagesNoSuchDay),
  'not-yes-no': defineMessage<{ value: string }>(TEXTS.import.messagesNotYesNo),
  duplicate: defineMessage<{ first: number }>(TEXTS.import.messagesDuplicate),
  'too-long': defineMessage<{ value: string }>(TEXTS.import.messagesTooLong),
} satisfies Record<
  ImportProblemCode,
  Message<never> | Message<{ value: string }> | Message<{ column: string }> | Message<{ first: number }> | Message
>;

const quote = (value: unknown) => {
  const text = cellText(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};
const blank = (value: unknown) => cellText(value) === '';

/** Options for {@link planMeasurementImport}. */
export interface MeasurementImportOptions {
  /** Which heading holds each part; by default recognised from the headings. */
  readonly columns?: Partial<MeasurementColumns>;
  /** Row number of the heading row in the file, for messages (default 1). */
  readonly headingRow?: number;
}

/**
 * What importing a table of measurements (a heading row, then one
 * measurement per row) would do to a document: which measurements it adds,
 * which it changes (same indicator and date, another value, source or note),
 * and every cell it refuses with row, column and why, in Dutch and English.
 * Nothing changes until `operation` is applied; it is one batch, so one undo
 * step. Indicators are found by id or, failing that, by their exact name.
 * Dutch decimal commas, dd-mm-jjjj dates, years and quarters are read (see
 * `readNumber`, `readDate`); rows without a value are the periods still to fill in.
 *
 * @example
 * const { table } = await readMeasurementWorkbook(file);
 * const result = planMeasurementImport(document, table);
 * if (result.problems.length === 0 && result.operation) store.apply(result.operation);
 */
export function planMeasurementImport(
  document: Document,
  table: readonly (readonly unknown[])[],
  options: MeasurementImportOptions = {},
): MeasurementImport {
  const headingRow = options.headingRow ?? 1;
  const headings = (table[0] ?? []).map(cellText);
  const columns = { ...guessMeasurementColumns(headings), ...(options.columns ?? {}) };
  const problems: ImportProblem[] = [];
  const index: Partial<Record<MeasurementField, number>> = {};
  for (const field of MEASUREMENT_FIELDS) {
    const heading = columns[field];
    const at = heading === undefined ? -1 : headings.findIndex((h) => norm(h) === norm(heading));
    if (at >= 0) index[field] = at;
    else if (field === 'indicator' || field === 'date' || field === 'value') {
      const column = heading ?? MEASUREMENT_FIELD_LABELS[field].nl;
      problems.push({
        row: headingRow,
        column,
        value: '',
        code: 'missing-column',
        message: localizeMessage(MESSAGES['missing-column'], { column }),
      });
    }
  }
  const rows = Math.max(0, table.length - 1);
  if (problems.length > 0) return { rows, added: [], changed: [], unchanged: 0, empty: 0, problems, columns, operation: undefined };

  const indicators = document.nodes.filter((node): node is IndicatorNode => node.kind === 'indicator');
  const byId = new Map(indicators.map((node) => [node.id, node]));
  const byTitle = new Map<string, IndicatorNode | null>();
  for (const node of indicators) {
    const key = norm(node.title);
    byTitle.set(key, byTitle.has(key) ? null : node);
  }
  const titleColumn = headings.findIndex((h) => norm(h) === 'indicator');

  const added: ImportedMeasurement[] = [];
  const changed: ImportedMeasurement[] = [];
  let unchanged = 0;
  let empty = 0;
  const seen = new Map<string, number>();
  const next = new Map<string, Map<string, Measurement>>();

  for (let r = 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    const row = headingRow + r;
    const cell = (field: MeasurementField) => (index[field] === undefined ? undefined : cells[index[field]]);
    const refuse = (field: MeasurementField, code: ImportProblemCode, message: Localized, value: unknown = cell(field)) =>
      problems.push({ row, column: headings[index[field]!] ?? field, value: quote(value), code, message });
    const rawIndicator = cell('indicator');
    const rawValue = cell('value');
    const rawDate = cell('date');
    if (blank(rawValue)) {
      if (!blank(rawIndicator)) empty++;
      continue;
    }
    // The indicator: by id, then by name (in this column or the workbook's name column).
    const key = cellText(rawIndicator);
    let indicator = byId.get(key);
    if (!indicator) {
      const named = byTitle.get(norm(key)) ?? (titleColumn >= 0 && blank(key) ? byTitle.get(norm(cells[titleColumn])) : undefined);
      if (named === null) {
        refuse('indicator', 'ambiguous-indicator', localizeMessage(MESSAGES['ambiguous-indicator'], { value: quote(key) }));
        continue;
      }
      indicator = named;
    }
    if (!indicator) {
      const shown = key || cellText(titleColumn >= 0 ? cells[titleColumn] : '');
      refuse('indicator', 'unknown-indicator', localizeMessage(MESSAGES['unknown-indicator'], { value: quote(shown) }), shown);
      continue;
    }
    let bad = false;
    let date = '';
    if (blank(rawDate)) {
      refuse('date', 'no-date', localizeMessage(MESSAGES['no-date'], {}));
      bad = true;
    } else {
      const read = readDate(rawDate);
      if (read.ok) date = read.value;
      else {
        refuse('date', read.problem, localizeMessage(MESSAGES[read.problem as 'not-a-date'], { value: quote(rawDate) }));
        bad = true;
      }
    }
    const read = indicator.valueType === 'yes-no' ? readYesNo(rawValue) : readNumber(rawValue);
    let value = 0;
    if (read.ok) value = read.value;
    else {
      refuse('value', read.problem, localizeMessage(MESSAGES[read.problem as 'not-a-number'], { value: quote(rawValue) }));
      bad = true;
    }
    const measurement: { value: number; date: string; source?: string; note?: string } = { value, date };
    for (const field of ['source', 'note'] as const) {
      const text = cellText(cell(field));
      if (!text) continue;
      const limit = field === 'source' ? 1_000 : 2_000;
      if (text.length > limit) {
        refuse(field, 'too-long', localizeMessage(MESSAGES['too-long'], { value: quote(text) }));
        bad = true;
      } else measurement[field] = text;
    }
    if (bad) continue;
    const slot = `${indicator.id}\u0000${date}`;
    const first = seen.get(slot);
    if (first !== undefined) {
      problems.push({
        row,
        column: headings[index.date!] ?? 'date',
        value: quote(rawDate),
        code: 'duplicate',
        message: localizeMessage(MESSAGES.duplicate, { first }),
      });
      continue;
    }
    seen.set(slot, row);
    const parsed = MeasurementSchema.parse(measurement);
    const current = indicator.measurements.find((m) => m.date === date);
    let series = next.get(indicator.id);
    if (current && sameMeasurement(current, parsed, index.source !== undefined, index.note !== undefined)) {
      unchanged++;
      continue;
    }
    if (!series) {
      series = new Map(indicator.measurements.map((m) => [m.date, m]));
      next.set(indicator.id, series);
    }
    const merged = current ? keepUnmapped(current, parsed, index) : parsed;
    series.set(date, merged);
    const entry = { row, indicator: indicator.id, title: indicator.title, measurement: merged };
    if (current) changed.push({ ...entry, before: current });
    else added.push(entry);
  }

  const operations: Operation[] = [...next].map(([id, series]) => ({
    type: 'updateNode',
    id,
    changes: { measurements: [...series.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) },
  }));
  const operation: Operation | undefined =
    operations.length === 0 ? undefined : { type: 'batch', operations, label: TEXTS.import.operationLabel };
  return { rows, added, changed, unchanged, empty, problems, columns, operation };
}

/** Source and note columns that the file does not have keep what the plan holds. */
function keepUnmapped(current: Measurement, next: Measurement, index: Partial<Record<MeasurementField, number>>): Measurement {
  const out: Record<string, unknown> = { ...next };
  if (index.source === undefined && current.source !== undefined) out.source = current.source;
  if (index.note === undefined && current.note !== undefined) out.note = current.note;
  return out as Measurement;
}

function sameMeasurement(a: Measurement, b: Measurement, hasSource: boolean, hasNote: boolean): boolean {
  return a.value === b.value && (!hasSource || a.source === b.source) && (!hasNote || a.note === b.note);
}

import { measurementPlan, type MeasurementPlanRow } from '../analysis/measurement-plan.js';
import { formatNumber } from '../i18n/format.js';
import type { Language, Localized } from '../i18n/localized.js';
import type { Document, Measurement } from '../model/schema.js';
import { FREQUENCIES, INDICATOR_TYPES, INDICATOR_VALUE_TYPES, NODE_KINDS } from '../model/vocabulary.js';
import { directionLabel } from '../analysis/progress.js';
import { toCsv } from './csv.js';
import { TEXTS } from './locales/index.js';

/** One column of the measurement plan: its heading in every language and the value of a row in it. */
export interface MeasurementPlanColumn extends Localized {
  /** A number stays a number (spreadsheets can compute with it); text is text. */
  readonly value: (row: MeasurementPlanRow, language: Language) => string | number | undefined;
  /** Text that may run long, wrapped in a spreadsheet cell. */
  readonly wrap?: boolean;
  /** Column width in a spreadsheet, in characters. */
  readonly width: number;
}

const values = (list: readonly Measurement[], language: Language) =>
  list.map((m) => `${formatNumber(m.value, language)} (${m.date})`).join('; ') || undefined;
const text = (value: string) => value || undefined;

/**
 * The columns of the measurement plan, in order: one list for the CSV and the
 * workbook, so the two always agree.
 */
export const MEASUREMENT_PLAN_COLUMNS: readonly MeasurementPlanColumn[] = [
  { ...TEXTS.columns.indicator, value: (row) => row.title, wrap: true, width: 36 },
  { ...TEXTS.columns.description, value: (row) => text(row.description), wrap: true, width: 30 },
  {
    ...TEXTS.columns.measures,
    value: (row, l) => text(row.measures.map((m) => `${NODE_KINDS.labels[m.kind][l]}: ${m.title}`).join('; ')),
    wrap: true,
    width: 40,
  },
  { ...TEXTS.columns.group, value: (row) => row.group, wrap: true, width: 24 },
  { ...TEXTS.columns.type, value: (row, l) => INDICATOR_TYPES.labels[row.type][l], width: 10 },
  { ...TEXTS.columns.valueType, value: (row, l) => INDICATOR_VALUE_TYPES.labels[row.valueType][l], width: 12 },
  { ...TEXTS.columns.direction, value: (row, l) => directionLabel(row.direction, l), width: 16 },
  { ...TEXTS.columns.unit, value: (row) => text(row.unit), width: 12 },
  { ...TEXTS.columns.baseline, value: (row) => row.baseline?.value, width: 10 },
  { ...TEXTS.columns.baselineDate, value: (row) => row.baseline?.date, width: 14 },
  { ...TEXTS.columns.target, value: (row) => row.target?.value, width: 12 },
  { ...TEXTS.columns.targetDate, value: (row) => row.target?.date, width: 16 },
  { ...TEXTS.columns.allTargets, value: (row, l) => values(row.targets, l), wrap: true, width: 28 },
  { ...TEXTS.columns.latestValue, value: (row) => row.latest?.value, width: 12 },
  { ...TEXTS.columns.latestDate, value: (row) => row.latest?.date, width: 16 },
  { ...TEXTS.columns.source, value: (row) => text(row.source), wrap: true, width: 30 },
  { ...TEXTS.columns.sourceLink, value: (row) => row.sourceLink, width: 24 },
  { ...TEXTS.columns.frequency, value: (row, l) => FREQUENCIES.labels[row.frequency][l], width: 14 },
  { ...TEXTS.columns.breakdown, value: (row) => text(row.disaggregation.join(', ')), width: 18 },
  { ...TEXTS.columns.referenceCodes, value: (row) => text(row.references.join(', ')), width: 16 },
  { ...TEXTS.columns.owner, value: (row) => row.owner?.name, width: 20 },
  { ...TEXTS.columns.id, value: (row) => row.indicator, width: 20 },
];

export interface MeasurementPlanCsvOptions {
  readonly language?: Language;
  /** Field separator; `;` suits spreadsheet programs set to Dutch. Default `,` (RFC 4180). */
  readonly delimiter?: ',' | ';' | '\t';
}

/**
 * The measurement plan as CSV (RFC 4180, UTF-8 with BOM), one indicator a row.
 *
 * @example
 * await writeFile('meetplan.csv', measurementPlanCsv(document, { language: 'nl' }));
 */
export function measurementPlanCsv(document: Document, options: MeasurementPlanCsvOptions = {}): string {
  const language = options.language ?? document.language;
  const rows = measurementPlan(document).map((row) => MEASUREMENT_PLAN_COLUMNS.map((column) => column.value(row, language)));
  return toCsv([MEASUREMENT_PLAN_COLUMNS.map((column) => column[language]), ...rows], options.delimiter ?? ',');
}

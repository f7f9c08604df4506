import { measurementPlan, type MeasurementPlanRow } from '../analysis/measurement-plan.js';
import { formatNumber } from '../i18n/format.js';
import type { Language } from '../i18n/localized.js';
import type { Document, Measurement } from '../model/schema.js';
import { FREQUENCIES, INDICATOR_TYPES, INDICATOR_VALUE_TYPES, NODE_KINDS } from '../model/vocabulary.js';
import { directionLabel } from '../analysis/progress.js';
import { toCsv } from './csv.js';

/** One column of the measurement plan: its heading and the value of a row in it. */
export interface MeasurementPlanColumn {
  readonly nl: string;
  readonly en: string;
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
  { nl: 'Indicator', en: 'Indicator', value: (row) => row.title, wrap: true, width: 36 },
  { nl: 'Toelichting', en: 'Description', value: (row) => text(row.description), wrap: true, width: 30 },
  {
    nl: 'Meet',
    en: 'Measures',
    value: (row, l) => text(row.measures.map((m) => `${NODE_KINDS.labels[m.kind][l]}: ${m.title}`).join('; ')),
    wrap: true,
    width: 40,
  },
  { nl: 'Groep', en: 'Group', value: (row) => row.group, wrap: true, width: 24 },
  { nl: 'Soort', en: 'Type', value: (row, l) => INDICATOR_TYPES.labels[row.type][l], width: 10 },
  { nl: 'Soort waarde', en: 'Value type', value: (row, l) => INDICATOR_VALUE_TYPES.labels[row.valueType][l], width: 12 },
  { nl: 'Richting', en: 'Direction', value: (row, l) => directionLabel(row.direction, l), width: 16 },
  { nl: 'Eenheid', en: 'Unit', value: (row) => text(row.unit), width: 12 },
  { nl: 'Nulmeting', en: 'Baseline', value: (row) => row.baseline?.value, width: 10 },
  { nl: 'Datum nulmeting', en: 'Baseline date', value: (row) => row.baseline?.date, width: 14 },
  { nl: 'Streefwaarde', en: 'Target', value: (row) => row.target?.value, width: 12 },
  { nl: 'Datum streefwaarde', en: 'Target date', value: (row) => row.target?.date, width: 16 },
  { nl: 'Alle streefwaarden', en: 'All targets', value: (row, l) => values(row.targets, l), wrap: true, width: 28 },
  { nl: 'Laatste meting', en: 'Latest value', value: (row) => row.latest?.value, width: 12 },
  { nl: 'Datum laatste meting', en: 'Latest date', value: (row) => row.latest?.date, width: 16 },
  { nl: 'Bron', en: 'Source', value: (row) => text(row.source), wrap: true, width: 30 },
  { nl: 'Link bron', en: 'Source link', value: (row) => row.sourceLink, width: 24 },
  { nl: 'Frequentie', en: 'Frequency', value: (row, l) => FREQUENCIES.labels[row.frequency][l], width: 14 },
  { nl: 'Uitsplitsing', en: 'Breakdown', value: (row) => text(row.disaggregation.join(', ')), width: 18 },
  { nl: 'Referentiecodes', en: 'Reference codes', value: (row) => text(row.references.join(', ')), width: 16 },
  { nl: 'Eigenaar', en: 'Owner', value: (row) => row.owner?.name, width: 20 },
  { nl: 'Id', en: 'Id', value: (row) => row.indicator, width: 20 },
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

import { measurementPlan } from '../analysis/measurement-plan.js';
import type { Language } from '../i18n/localized.js';
import type { Document } from '../model/schema.js';
import { FREQUENCIES, INDICATOR_TYPES, NODE_KINDS } from '../model/vocabulary.js';
import { toCsv } from './csv.js';

/** Column headings of the measurement plan, in both languages. */
export const MEASUREMENT_PLAN_COLUMNS = [
  { nl: 'Indicator', en: 'Indicator' },
  { nl: 'Toelichting', en: 'Description' },
  { nl: 'Meet', en: 'Measures' },
  { nl: 'Soort', en: 'Type' },
  { nl: 'Eenheid', en: 'Unit' },
  { nl: 'Nulmeting', en: 'Baseline' },
  { nl: 'Datum nulmeting', en: 'Baseline date' },
  { nl: 'Streefwaarde', en: 'Target' },
  { nl: 'Datum streefwaarde', en: 'Target date' },
  { nl: 'Laatste meting', en: 'Latest value' },
  { nl: 'Datum laatste meting', en: 'Latest date' },
  { nl: 'Bron', en: 'Source' },
  { nl: 'Frequentie', en: 'Frequency' },
  { nl: 'Eigenaar', en: 'Owner' },
  { nl: 'Id', en: 'Id' },
] as const;

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
  const rows = measurementPlan(document).map((row) => [
    row.title,
    row.description,
    row.measures.map((m) => `${NODE_KINDS.labels[m.kind][language]}: ${m.title}`).join('; '),
    INDICATOR_TYPES.labels[row.type][language],
    row.unit,
    row.baseline?.value,
    row.baseline?.date,
    row.target?.value,
    row.target?.date,
    row.latest?.value,
    row.latest?.date,
    row.source,
    FREQUENCIES.labels[row.frequency][language],
    row.owner?.name,
    row.indicator,
  ]);
  return toCsv([MEASUREMENT_PLAN_COLUMNS.map((column) => column[language]), ...rows], options.delimiter ?? ',');
}

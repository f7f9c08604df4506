import type { Cell, Row, Sheet } from 'write-excel-file/universal';
import { measurementPlan } from '../analysis/measurement-plan.js';
import { partnerNetwork } from '../analysis/partners.js';
import type { Language, Localized } from '../i18n/localized.js';
import type { Document } from '../model/schema.js';
import { ACTOR_DOMAINS } from '../model/vocabulary.js';
import { MEASUREMENT_PLAN_COLUMNS } from './measurement-plan-csv.js';

/** Sheet names of the workbook, in both languages. */
export const WORKBOOK_SHEETS = {
  indicators: { nl: 'Meetplan', en: 'Measurement plan' },
  measurements: { nl: 'Metingen', en: 'Measurements' },
  partners: { nl: 'Partners', en: 'Partners' },
} as const satisfies Record<string, Localized>;

const MEASUREMENT_COLUMNS = [
  { nl: 'Id', en: 'Id' },
  { nl: 'Indicator', en: 'Indicator' },
  { nl: 'Datum (jjjj-mm-dd)', en: 'Date (yyyy-mm-dd)' },
  { nl: 'Waarde', en: 'Value' },
  { nl: 'Eenheid', en: 'Unit' },
] as const;

const PARTNER_COLUMNS = [
  { nl: 'Partner', en: 'Partner' },
  { nl: 'Domein', en: 'Domain' },
  { nl: 'Aanbod', en: 'Offer' },
  { nl: 'Contact', en: 'Contact' },
  { nl: 'Voert uit', en: 'Carries' },
  { nl: 'Eigenaar van indicatoren', en: 'Owns indicators' },
  { nl: 'Werkt samen met', en: 'Works with' },
  { nl: 'Id', en: 'Id' },
] as const;

const heading = (text: string): Cell => ({ value: text, fontWeight: 'bold', backgroundColor: '#E5E7EB', wrap: true });
const text = (value: string | undefined): Cell => (value ? { value, type: String, wrap: true } : null);
const number = (value: number | undefined): Cell => (value === undefined ? null : { value, type: Number });

/**
 * The measurement plan as an Excel workbook (.xlsx), for policy officers to
 * fill in: a sheet with every indicator (what it measures, type, baseline,
 * target, source, frequency, owner), a sheet of measurements (the ones
 * recorded so far, and room for new rows), and the partners (sociale kaart).
 * Works in browsers and in Node; resolves to a Blob.
 *
 * @example
 * const blob = await measurementPlanWorkbook(document);
 * await writeFile('meetplan.xlsx', Buffer.from(await blob.arrayBuffer()));
 */
export async function measurementPlanWorkbook(document: Document, options: { language?: Language } = {}): Promise<Blob> {
  const l = options.language ?? document.language;
  const plan = measurementPlan(document);

  const indicators: Row[] = [
    MEASUREMENT_PLAN_COLUMNS.map((column) => heading(column[l])),
    ...plan.map((row): Row =>
      MEASUREMENT_PLAN_COLUMNS.map((column, i): Cell => {
        const value = column.value(row, l);
        if (typeof value === 'number') return number(value);
        if (value === undefined) return null;
        return { value, type: String, wrap: column.wrap ?? false, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) };
      }),
    ),
  ];

  const unitOf = new Map(plan.map((row) => [row.indicator, row.unit]));
  const measurements: Row[] = [MEASUREMENT_COLUMNS.map((column) => heading(column[l]))];
  for (const node of document.nodes) {
    if (node.kind !== 'indicator') continue;
    for (const m of node.measurements)
      measurements.push([text(node.id), text(node.title), text(m.date), number(m.value), text(unitOf.get(node.id))]);
  }
  // Room to fill in: one empty row per indicator, with its id and name already there.
  for (const row of plan) measurements.push([text(row.indicator), text(row.title), null, null, text(row.unit)]);

  const titleOf = new Map(document.nodes.map((node) => [node.id, node.title]));
  const nameOf = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const partners: Row[] = [
    PARTNER_COLUMNS.map((column) => heading(column[l])),
    ...partnerNetwork(document).partners.map((p): Row => [
      { value: p.actor.name, type: String, fontWeight: 'bold', wrap: true },
      text(ACTOR_DOMAINS.labels[p.actor.domain][l]),
      text(p.actor.offer),
      text(p.actor.contact),
      text(p.interventions.map((id) => titleOf.get(id) ?? id).join('\n')),
      text(p.indicators.map((id) => titleOf.get(id) ?? id).join('\n')),
      text(p.sharesWith.map((id) => nameOf.get(id) ?? id).join('\n')),
      text(p.actor.id),
    ]),
  ];

  const sheets: Sheet<Blob>[] = [
    {
      sheet: WORKBOOK_SHEETS.indicators[l],
      data: indicators,
      stickyRowsCount: 1,
      columns: MEASUREMENT_PLAN_COLUMNS.map(({ width }) => ({ width })),
    },
    {
      sheet: WORKBOOK_SHEETS.measurements[l],
      data: measurements,
      stickyRowsCount: 1,
      columns: [20, 40, 18, 12, 12].map((width) => ({ width })),
    },
    {
      sheet: WORKBOOK_SHEETS.partners[l],
      data: partners,
      stickyRowsCount: 1,
      columns: [30, 14, 40, 26, 40, 36, 30, 20].map((width) => ({ width })),
    },
  ];
  // Loaded on first use: apps that never export a workbook never load the writer.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(sheets).toBlob();
}

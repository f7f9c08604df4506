import type { Cell, Feature, Row, Sheet } from 'write-excel-file/universal';
import { measurementPlan } from '../analysis/measurement-plan.js';
import { partnerNetwork } from '../analysis/partners.js';
import { directionLabel, planProgress } from '../analysis/progress.js';
import type { Language, Localized } from '../i18n/localized.js';
import { expectedPeriods } from '../measurements/periods.js';
import type { Document } from '../model/schema.js';
import { ACTOR_DOMAINS, PROGRESS_STATUSES } from '../model/vocabulary.js';
import { MEASUREMENT_PLAN_COLUMNS } from './measurement-plan-csv.js';
import { TEXTS } from './locales/index.js';
import { inLanguage } from '../i18n/catalogue.js';

/** Sheet names of the workbook, in both languages. */
export const WORKBOOK_SHEETS = {
  indicators: TEXTS.measurementPlanXlsx.workbookSheetsIndicators,
  measurements: TEXTS.measurementPlanXlsx.workbookSheetsMeasurements,
  progress: TEXTS.measurementPlanXlsx.workbookSheetsProgress,
  partners: TEXTS.measurementPlanXlsx.workbookSheetsPartners,
} as const satisfies Record<string, Localized>;

/** The measurement sheet's columns: what `planMeasurementImport` reads back (Id, Datum, Waarde, Bron, Opmerking). */
const WORKBOOK_MEASUREMENT_COLUMNS = [
  { ...TEXTS.columns.id, width: 22 },
  { ...TEXTS.columns.indicator, width: 40 },
  { ...TEXTS.columns.date, width: 14 },
  { ...TEXTS.columns.value, width: 12 },
  { ...TEXTS.columns.unit, width: 12 },
  { ...TEXTS.columns.source, width: 28 },
  { ...TEXTS.columns.note, width: 36 },
] as const;

/** Rows below the filled ones that still carry the checks, for partners who add measurements. */
const ROOM_TO_FILL = 500;

const PROGRESS_COLUMNS = [
  { ...TEXTS.columns.indicator, width: 40 },
  { ...TEXTS.columns.status, width: 18 },
  { ...TEXTS.columns.direction, width: 16 },
  { ...TEXTS.columns.baseline, width: 11 },
  { ...TEXTS.columns.baselineDate, width: 14 },
  { ...TEXTS.columns.latestValue, width: 13 },
  { ...TEXTS.columns.latestDate, width: 14 },
  { ...TEXTS.columns.expectedOnThatDate, width: 14 },
  { ...TEXTS.columns.target, width: 12 },
  { ...TEXTS.columns.targetDate, width: 14 },
  { ...TEXTS.columns.unit, width: 12 },
  { ...TEXTS.columns.id, width: 22 },
] as const;

const DATE_FORMAT = 'dd-mm-yyyy';
const dateCell = (iso: string | undefined): Cell => (iso ? { value: new Date(`${iso}T00:00:00Z`), type: Date, format: DATE_FORMAT } : null);
const columnLetter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
const xmlAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * Excel's data validation on the measurement sheet: the Id column takes only
 * the plan's indicator ids (a drop-down list from the Meetplan sheet), the
 * date column only dates, the value column only numbers. write-excel-file
 * leaves this to features; this one adds `<dataValidations>` to the sheet.
 */
function measurementChecks(sheetIndex: number, options: { ids: string; rows: number; language: Language }): Feature<Blob> {
  const check = inLanguage(TEXTS.sheetChecks, options.language);
  const rule = (sqref: string, attributes: Record<string, string>, formulas: readonly string[], title: string, error: string) =>
    `<dataValidation ${Object.entries({ ...attributes, allowBlank: '1', showErrorMessage: '1', errorTitle: title, error, sqref })
      .map(([k, v]) => `${k}="${xmlAttribute(v)}"`)
      .join(' ')}>${formulas.map((f, i) => `<formula${i + 1}>${xmlAttribute(f)}</formula${i + 1}>`).join('')}</dataValidation>`;
  const last = options.rows + 1;
  const rules = [
    rule(`A2:A${last}`, { type: 'list' }, [options.ids], check.unknownIndicator, check.chooseIndicator),
    rule(`C2:C${last}`, { type: 'date', operator: 'between' }, ['1', '110000'], check.notADate, check.enterDate),
    rule(`D2:D${last}`, { type: 'decimal', operator: 'between' }, ['-1E+300', '1E+300'], check.notANumber, check.enterNumber),
  ];
  const markup = `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
  // Where <dataValidations> goes among a worksheet's elements (ECMA-376 order).
  const after = [
    'sheetData',
    'sheetCalcPr',
    'sheetProtection',
    'protectedRanges',
    'scenarios',
    'autoFilter',
    'sortState',
    'dataConsolidate',
    'customSheetViews',
    'mergeCells',
    'phoneticPr',
    'conditionalFormatting',
  ];
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(content, _options, properties) {
            if (properties.sheetIndex !== sheetIndex || content.includes('<dataValidations')) return content;
            let at = -1;
            for (const name of after) {
              const close = content.lastIndexOf(`</${name}>`);
              const end = close >= 0 ? close + name.length + 3 : -1;
              const selfClosed = end < 0 ? selfClosing(content, name) : -1;
              at = Math.max(at, end, selfClosed);
            }
            if (at < 0) return content;
            return content.slice(0, at) + markup + content.slice(at);
          },
        },
      },
    },
  };
}

function selfClosing(content: string, name: string): number {
  const match = new RegExp(`<${name}\\b[^>]*/>`).exec(content);
  return match ? match.index + match[0].length : -1;
}

const PARTNER_COLUMNS = [
  TEXTS.measurementPlanXlsx.partner,
  TEXTS.measurementPlanXlsx.domain,
  TEXTS.measurementPlanXlsx.offer,
  TEXTS.measurementPlanXlsx.contact,
  TEXTS.measurementPlanXlsx.carries,
  TEXTS.measurementPlanXlsx.ownsIndicators,
  TEXTS.measurementPlanXlsx.worksWith,
  TEXTS.measurementPlanXlsx.id,
] as const;

const heading = (text: string): Cell => ({ value: text, fontWeight: 'bold', backgroundColor: '#E5E7EB', wrap: true });
const text = (value: string | undefined): Cell => (value ? { value, type: String, wrap: true } : null);
const number = (value: number | undefined): Cell => (value === undefined ? null : { value, type: Number });

/**
 * The measurement plan as an Excel workbook (.xlsx), for partners to fill in
 * and `planMeasurementImport` to read back: a sheet with every indicator
 * (what it measures, type, baseline, target, source, frequency, owner, id),
 * a sheet of measurements (those recorded so far, then one row per expected
 * period still to measure, with the indicator's id and date filled in and
 * checks on the id, date and value columns), the progress of each indicator,
 * and the partners (sociale kaart). Works in browsers and in Node; resolves to a Blob.
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
  const measurements: Row[] = [WORKBOOK_MEASUREMENT_COLUMNS.map((column) => heading(column[l]))];
  const indicatorNodes = document.nodes.filter((node) => node.kind === 'indicator');
  for (const node of indicatorNodes) {
    for (const m of [...node.measurements].sort((a, b) => a.date.localeCompare(b.date)))
      measurements.push([
        text(node.id),
        text(node.title),
        dateCell(m.date),
        number(m.value),
        text(unitOf.get(node.id)),
        text(m.source),
        text(m.note),
      ]);
  }
  // Room to fill in: a row per period still to measure (or one empty row), with the id, name and date already there.
  for (const node of indicatorNodes) {
    const periods = expectedPeriods(node, document);
    for (const date of periods.length ? periods : [undefined])
      measurements.push([text(node.id), text(node.title), dateCell(date), null, text(unitOf.get(node.id)), null, null]);
  }

  const progress: Row[] = [
    PROGRESS_COLUMNS.map((column) => heading(column[l])),
    ...planProgress(document).map(({ indicator, progress }): Row => [
      { value: indicator.title, type: String, fontWeight: 'bold', wrap: true },
      text(PROGRESS_STATUSES.labels[progress.status][l]),
      text(directionLabel(indicator.direction, l)),
      number(indicator.baseline?.value),
      dateCell(indicator.baseline?.date),
      number(progress.latest?.value),
      dateCell(progress.latest?.date),
      number(progress.expected === undefined ? undefined : Math.round(progress.expected * 100) / 100),
      number(progress.target?.value),
      dateCell(progress.target?.date),
      text(indicator.unit),
      text(indicator.id),
    ]),
  ];

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
      columns: WORKBOOK_MEASUREMENT_COLUMNS.map(({ width }) => ({ width })),
    },
    {
      sheet: WORKBOOK_SHEETS.progress[l],
      data: progress,
      stickyRowsCount: 1,
      columns: PROGRESS_COLUMNS.map(({ width }) => ({ width })),
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
  const idColumn = columnLetter(MEASUREMENT_PLAN_COLUMNS.findIndex((column) => column.nl === TEXTS.columns.id.nl));
  const ids = `${quoteSheet(WORKBOOK_SHEETS.indicators[l])}!$${idColumn}$2:$${idColumn}$${Math.max(2, plan.length + 1)}`;
  const checks = measurementChecks(1, { ids, rows: measurements.length - 1 + ROOM_TO_FILL, language: l });
  return writeXlsxFile(sheets, { features: [checks] }).toBlob();
}

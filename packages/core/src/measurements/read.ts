import { WORKBOOK_SHEETS } from '../export/measurement-plan-xlsx.js';
import type { Localized } from '../i18n/localized.js';
import { LIMITS } from '../model/schema.js';
import { guessMeasurementColumns } from './import.js';

/**
 * A file of measurements that cannot be read at all (not a workbook, too large), with why in both languages.
 *
 * @example
 * try { await readMeasurementWorkbook(bytes); } catch (e) { if (e instanceof UnreadableFileError) show(e.localized.nl); }
 */
export class UnreadableFileError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'UnreadableFileError';
  }
}

const NOT_A_WORKBOOK: Localized = {
  nl: 'Dit is geen Excel-werkboek (.xlsx) dat te lezen is. Sla het op als .xlsx, of als csv.',
  en: 'This is not an Excel workbook (.xlsx) that can be read. Save it as .xlsx, or as CSV.',
};
const TOO_LARGE: Localized = {
  nl: 'Het bestand is groter dan 20 MB; zoveel metingen lees je in delen in.',
  en: 'The file is larger than 20 MB; import that many measurements in parts.',
};

/** A table as read from a file: the heading row first, cells as the file holds them (text, number, date, yes/no or empty). */
export type Table = unknown[][];

/**
 * The measurement sheet of a workbook (.xlsx) as a table: the sheet called
 * "Metingen" or "Measurements", else the first sheet whose heading row names
 * an indicator and a value, else the first sheet. Works in browsers and in
 * Node (read-excel-file); dates come back as `Date`. A file that is no
 * workbook, or over 20 MB, throws an {@link UnreadableFileError} saying so.
 *
 * @example
 * const table = await readMeasurementWorkbook(await file.arrayBuffer());
 * const preview = planMeasurementImport(document, table);
 */
export async function readMeasurementWorkbook(input: Blob | ArrayBuffer): Promise<{ sheet: string; table: Table }> {
  if ((input instanceof ArrayBuffer ? input.byteLength : input.size) > LIMITS.maxTextLength) throw new UnreadableFileError(TOO_LARGE);
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(input);
  } catch {
    throw new UnreadableFileError(NOT_A_WORKBOOK);
  }
  const names = new Set<string>([WORKBOOK_SHEETS.measurements.nl, WORKBOOK_SHEETS.measurements.en].map((n) => n.toLowerCase()));
  const chosen =
    sheets.find((s) => names.has(s.sheet.trim().toLowerCase())) ??
    sheets.find((s) => {
      const columns = guessMeasurementColumns(s.data[0] ?? []);
      return columns.indicator !== undefined && columns.value !== undefined;
    }) ??
    sheets[0];
  return { sheet: chosen?.sheet ?? '', table: chosen?.data ?? [] };
}

/**
 * A CSV text as a table: the separator (`,` `;` tab) is detected, a byte-order
 * mark dropped, quoted fields kept whole (papaparse). Blank lines are skipped.
 *
 * @example
 * const table = readCsvTable(await file.text());
 */
export async function readCsvTable(text: string): Promise<Table> {
  if (text.length > LIMITS.maxTextLength) throw new UnreadableFileError(TOO_LARGE);
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] });
  return result.data;
}

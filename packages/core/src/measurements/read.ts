import { WORKBOOK_SHEETS } from '../export/measurement-plan-xlsx.js';
import { guessMeasurementColumns } from './import.js';

/** A table as read from a file: the heading row first, cells as the file holds them (text, number, date, yes/no or empty). */
export type Table = unknown[][];

/**
 * The measurement sheet of a workbook (.xlsx) as a table: the sheet called
 * "Metingen" or "Measurements", else the first sheet whose heading row names
 * an indicator and a value, else the first sheet. Works in browsers and in
 * Node (read-excel-file); dates come back as `Date`.
 *
 * @example
 * const table = await readMeasurementWorkbook(await file.arrayBuffer());
 * const preview = planMeasurementImport(document, table);
 */
export async function readMeasurementWorkbook(input: Blob | ArrayBuffer): Promise<{ sheet: string; table: Table }> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const sheets = await readXlsxFile(input);
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
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] });
  return result.data;
}

import { WORKBOOK_SHEETS } from '../export/measurement-plan-xlsx.js';
import type { Localized } from '../i18n/localized.js';
import { strFromU8, unzipSync } from 'fflate';
import { LIMITS } from '../model/schema.js';
import { guessMeasurementColumns } from './import.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

/**
 * A file of measurements that cannot be read at all (not a workbook, too large), with why in both languages.
 *
 * @example
 * try { await readMeasurementWorkbook(file); } catch (e) { if (e instanceof UnreadableFileError) show(e.localized.nl); }
 */
export class UnreadableFileError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'UnreadableFileError';
  }
}

const NOT_A_WORKBOOK: Localized = TEXTS.read.notAWorkbook;
const TOO_LARGE: Localized = TEXTS.read.tooLarge;

/**
 * What a measurement workbook or CSV may hold, checked before it is read whole (a compression bomb, a sheet
 * that claims a cell at XFD1048576, a million rows): more is refused with one sentence saying so.
 */
export const WORKBOOK_LIMITS = {
  /** Rows of measurements in one import. */
  rows: 100_000,
  /** Columns of a sheet. */
  columns: 200,
  /** Files inside the workbook (an .xlsx is a zip of XML files). */
  entries: 1_000,
  /** The size of one file inside it, and of all together, unpacked. */
  entryBytes: 64 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  /** How many times a file inside may be larger unpacked than packed (XML packs 5–20 times). */
  ratio: 200,
  /** Texts the workbook shares between cells. */
  sharedStrings: 1_000_000,
} as const;

function tooManyRows(rows: number): Localized {
  return localizeMessage(TEXTS.read.tooManyRows, { rows, max: WORKBOOK_LIMITS.rows });
}

/** A column's letters as its number: A 1, Z 26, AA 27, XFD 16,384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/**
 * Refuses a workbook that would take unbounded time or memory to read, from its zip directory and, within the
 * limits, its sheets' cell references: every check runs on sizes the file declares or on text already bounded by
 * them, before the workbook is read whole. Throws an {@link UnreadableFileError} naming what is too large.
 */
function checkWorkbook(bytes: Uint8Array): void {
  type Entry = { name: string; size: number; originalSize: number };
  const entries: Entry[] = [];
  try {
    // The directory only: the filter sees each file's declared sizes and unpacks nothing.
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new UnreadableFileError(NOT_A_WORKBOOK);
  }
  const bomb: Localized = TEXTS.read.bomb;
  if (entries.length > WORKBOOK_LIMITS.entries) throw new UnreadableFileError(bomb);
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(1, entry.size);
    if (entry.originalSize > WORKBOOK_LIMITS.entryBytes || (entry.originalSize > 1_000_000 && ratio > WORKBOOK_LIMITS.ratio)) {
      throw new UnreadableFileError(bomb);
    }
  }
  if (total > WORKBOOK_LIMITS.totalBytes) throw new UnreadableFileError(bomb);
  // Within those sizes: the sheets and the shared texts, unpacked to the size they declare and no further.
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(file.name) });
  } catch {
    throw new UnreadableFileError(NOT_A_WORKBOOK);
  }
  for (const [name, content] of Object.entries(files)) {
    const xml = strFromU8(content);
    if (name.endsWith('sharedStrings.xml')) {
      let count = 0;
      for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at + 3)) count++;
      if (count > WORKBOOK_LIMITS.sharedStrings) throw new UnreadableFileError(bomb);
      continue;
    }
    let rows = 0;
    let lastRow = 0;
    let lastColumn = 0;
    for (const match of xml.matchAll(/<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g)) {
      lastColumn = Math.max(lastColumn, columnNumber(match[1]!));
      lastRow = Math.max(lastRow, Number(match[2]));
    }
    for (const match of xml.matchAll(/<row\b([^>]*)>/g)) {
      rows++;
      const r = /\br="(\d{1,9})"/.exec(match[1]!);
      if (r) lastRow = Math.max(lastRow, Number(r[1]));
    }
    const sheet = name.replace(/^xl\/worksheets\//, '').replace(/\.xml$/, '');
    if (lastColumn > WORKBOOK_LIMITS.columns) {
      throw new UnreadableFileError(
        localizeMessage(TEXTS.read.tooManyColumns, { sheet, column: lastColumn, max: WORKBOOK_LIMITS.columns }),
      );
    }
    if (Math.max(rows, lastRow) > WORKBOOK_LIMITS.rows + 1) throw new UnreadableFileError(tooManyRows(Math.max(rows, lastRow) - 1));
  }
}

/**
 * A table as read from a file: the heading row first, cells as the file holds them (text, number, date, yes/no or empty).
 *
 * @example
 * const table: Table = await readCsvTable('Indicator;Jaar;Waarde\nind-1;2025;42');
 * const [headings, ...rows] = table;
 */
export type Table = unknown[][];

/**
 * The measurement sheet of a workbook (.xlsx) as a table: the sheet called
 * "Metingen" or "Measurements", else the first sheet whose heading row names
 * an indicator and a value, else the first sheet. Works in browsers and in
 * Node (read-excel-file); dates come back as `Date`. A file that is no
 * workbook, or over 20 MB, throws an {@link UnreadableFileError} saying so.
 *
 * @example
 * const { table } = await readMeasurementWorkbook(await file.arrayBuffer());
 * const preview = planMeasurementImport(document, table);
 */
export async function readMeasurementWorkbook(input: Blob | ArrayBuffer): Promise<{ sheet: string; table: Table }> {
  if ((input instanceof ArrayBuffer ? input.byteLength : input.size) > LIMITS.maxTextLength) throw new UnreadableFileError(TOO_LARGE);
  const bytes = input instanceof ArrayBuffer ? input : await input.arrayBuffer();
  // Looked at before anything is unpacked whole: a 2 kB file may claim a table of 17 billion cells.
  checkWorkbook(new Uint8Array(bytes));
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes);
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
 * const table = await readCsvTable(await file.text());
 */
export async function readCsvTable(text: string): Promise<Table> {
  if (text.length > LIMITS.maxTextLength) throw new UnreadableFileError(TOO_LARGE);
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] });
  // A quote that is never closed swallows the rest of the file into one cell: said, with its row, not read.
  const quote = result.errors.find((error) => error.type === 'Quotes');
  if (quote) {
    const row = (quote.row ?? 0) + 1;
    throw new UnreadableFileError(localizeMessage(TEXTS.read.readCsvTable, { row }));
  }
  if (result.data.length > WORKBOOK_LIMITS.rows + 1) throw new UnreadableFileError(tooManyRows(result.data.length - 1));
  return result.data;
}

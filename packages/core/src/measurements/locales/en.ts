import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of reading measurements in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  import: {
    measurementFieldLabelsIndicator: 'Indicator (id or name)',
    measurementFieldLabelsDate: 'Date or period',
    measurementFieldLabelsValue: 'Value',
    measurementFieldLabelsSource: 'Source',
    measurementFieldLabelsNote: 'Note',
    messagesMissingColumn: 'The column "{column, raw}" is missing; say which column holds it.',
    messagesUnknownIndicator: 'No indicator with id or name "{value, raw}" in this plan.',
    messagesAmbiguousIndicator: 'More than one indicator is called "{value, raw}"; use the id.',
    messagesNoDate: 'There is a value but no date or period.',
    messagesNotANumber: '"{value, raw}" is not a number.',
    messagesAmbiguousNumber: '"{value, raw}" could be a thousand or a fraction; write for example 1234 or 1.234.',
    messagesNotADate: '"{value, raw}" is not a date; write dd-mm-yyyy, a year (2025) or a quarter (2025-Q1).',
    messagesNoSuchDay: '"{value, raw}" is not a real day (or falls outside 1900–2200).',
    messagesNotYesNo: '"{value, raw}" is not yes or no.',
    messagesDuplicate: 'The same indicator and date are already in row {first, raw}; this row was skipped.',
    messagesTooLong: 'The text is too long ("{value, raw}").',
    operationLabel: 'import measurements',
  },
  read: {
    notAWorkbook: 'This is not an Excel workbook (.xlsx) that can be read. Save it as .xlsx, or as CSV.',
    tooLarge: 'The file is larger than 20 MB; import that many measurements in parts.',
    bomb: 'This workbook unpacks to far more than it seems (a zip bomb, or a damaged file); it is not read.',
    readCsvTable:
      'Row {row, raw} of the CSV file opens a field with a quote (") that is never closed; the rest of the file would end up in that one cell. Close the quote or remove it.',
    tooManyRows: 'The file has {rows} rows; one import reads at most {max}. Import it in parts.',
    tooManyColumns:
      'Sheet {sheet, raw} has a cell in column {column}; a measurement sheet has at most {max, raw} columns. Remove the far cells or copy the measurements to a new sheet.',
  },
};

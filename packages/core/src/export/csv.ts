import { csvField } from './escape.js';

/**
 * Rows to CSV text: CRLF line ends, UTF-8 byte-order mark first so that
 * spreadsheet programs show ë, é and ï correctly.
 *
 * @example
 * toCsv([['Indicator', 'Streefwaarde'], ['Meldingen', 160]]);
 */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[], delimiter = ','): string {
  return '\uFEFF' + rows.map((row) => row.map((value) => csvField(value, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

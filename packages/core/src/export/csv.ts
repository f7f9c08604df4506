/**
 * One CSV field per RFC 4180: quoted when it holds the delimiter, a quote or
 * a line break; quotes doubled.
 */
export function csvField(value: string | number | undefined, delimiter = ','): string {
  if (value === undefined) return '';
  const text = String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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

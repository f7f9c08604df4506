/**
 * Reading numbers and dates the way people type them in Dutch and English
 * spreadsheets: decimal commas, dd-mm-jjjj, a year or a quarter for a period.
 */

/** Why a cell could not be read, as a code. */
export type ValueProblem = 'not-a-number' | 'ambiguous-number' | 'not-a-date' | 'no-such-day' | 'not-yes-no';

export type ReadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ValueProblem };

const ok = <T>(value: T): ReadResult<T> => ({ ok: true, value });
const fail = (problem: ValueProblem): ReadResult<never> => ({ ok: false, problem });

/**
 * A number as typed: `12,5` and `12.5`, `1.234,5` and `1,234.5`, `45 %`,
 * `€ 1.200`, a minus sign. `1.234` and `1,234` (a single group of three
 * digits) could be either a thousand or a fraction and are refused as
 * ambiguous rather than guessed.
 *
 * @example
 * readNumber('1.234,5'); // { ok: true, value: 1234.5 }
 */
export function readNumber(input: unknown): ReadResult<number> {
  if (typeof input === 'number') return Number.isFinite(input) ? ok(input) : fail('not-a-number');
  if (typeof input !== 'string') return fail('not-a-number');
  let text = input
    .trim()
    .replace(/^[€$£]\s*/, '')
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^−/, '-');
  if (!/^[-+]?[\d.,]+$/.test(text) || !/\d/.test(text)) return fail('not-a-number');
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const [group, decimal] = dot > comma ? [',', '.'] : ['.', ','];
    const [whole, fraction = ''] = text.split(decimal);
    if (text.split(decimal).length > 2 || !/^[-+]?\d{1,3}(\d{3})*$/.test(whole!.split(group).join('')) || !validGroups(whole!, group))
      return fail('not-a-number');
    text = `${whole!.split(group).join('')}.${fraction}`;
  } else if (dot >= 0 || comma >= 0) {
    const separator = dot >= 0 ? '.' : ',';
    const parts = text.split(separator);
    if (parts.length > 2) {
      // 1.234.567: only thousands.
      if (!validGroups(text, separator)) return fail('not-a-number');
      text = parts.join('');
    } else if (/^[-+]?[1-9]\d{0,2}$/.test(parts[0]!) && /^\d{3}$/.test(parts[1]!)) {
      return fail('ambiguous-number');
    } else {
      text = `${parts[0]}.${parts[1]}`;
    }
  }
  const value = Number(text);
  return Number.isFinite(value) ? ok(value) : fail('not-a-number');
}

function validGroups(whole: string, group: string): boolean {
  const parts = whole.replace(/^[-+]/, '').split(group);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): ReadResult<string> {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return fail('no-such-day');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return fail('no-such-day');
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

const endOfMonth = (year: number, month: number) => isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());

/** Days between 1899-12-30 and 1970-01-01: spreadsheet serial numbers count from the former. */
const SERIAL_EPOCH = 25_569;

/**
 * A date as typed, as an ISO date (jjjj-mm-dd): `31-12-2025`, `31/12/2025`,
 * `31.12.2025`, `2025-12-31`, a `Date` or a spreadsheet's serial number. A
 * period stands for its last day: `2025` is 31 December 2025, `2025-K2`,
 * `2025 Q2` or `K2 2025` the end of June, `2025-H1` the end of June, `2025-03`
 * or `03-2025` the end of March.
 *
 * @example
 * readDate('1-3-2025'); // { ok: true, value: '2025-03-01' }
 * readDate('2025');     // { ok: true, value: '2025-12-31' }
 */
export function readDate(input: unknown): ReadResult<string> {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return fail('not-a-date');
    return isoDay(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return readDate(new Date(Math.round((input - SERIAL_EPOCH) * 86_400_000)));
    // A whole number is a year when it looks like one, otherwise a serial number.
    if (input >= 1900 && input <= 2200) return isoDay(input, 12, 31);
    if (input > 0 && input < 200_000) return readDate(new Date((input - SERIAL_EPOCH) * 86_400_000));
    return fail('not-a-date');
  }
  if (typeof input !== 'string') return fail('not-a-date');
  const text = input.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) return isoDay(+m[3]!, +m[2]!, +m[1]!);
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) {
    // A time of day is allowed, but only one the clock has: 25:61 is no time, and the date is not trusted then.
    const [hours, minutes, seconds] = [m[4], m[5], m[6]].map((part) => (part === undefined ? 0 : +part));
    if (hours! > 23 || minutes! > 59 || seconds! > 59) return fail('no-such-day');
    return isoDay(+m[1]!, +m[2]!, +m[3]!);
  }
  if ((m = /^(\d{4})$/.exec(text))) return isoDay(+m[1]!, 12, 31);
  if ((m = /^(\d{4})[\s-]*[KQ]([1-4])$/.exec(text)) || (m = /^[KQ]([1-4])[\s-]*(\d{4})$/.exec(text))) {
    const [year, quarter] = m[1]!.length === 4 ? [+m[1]!, +m[2]!] : [+m[2]!, +m[1]!];
    return endOfMonth(year, quarter * 3);
  }
  if ((m = /^(\d{4})[\s-]*H([12])$/.exec(text))) return endOfMonth(+m[1]!, +m[2]! * 6);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(text))) return endOfMonth(+m[1]!, +m[2]!);
  if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(text))) return endOfMonth(+m[2]!, +m[1]!);
  return fail('not-a-date');
}

/**
 * Yes/no as typed, as 1 or 0: ja/nee, yes/no, j/n, waar/onwaar, true/false, 1/0.
 *
 * @example
 * readYesNo('Ja'); // { ok: true, value: 1 }
 */
export function readYesNo(input: unknown): ReadResult<number> {
  if (typeof input === 'boolean') return ok(input ? 1 : 0);
  if (input === 1 || input === 0) return ok(input);
  if (typeof input !== 'string') return fail('not-yes-no');
  const text = input.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'y', 'waar', 'true', '1'].includes(text)) return ok(1);
  if (['nee', 'n', 'no', 'onwaar', 'false', '0'].includes(text)) return ok(0);
  return fail('not-yes-no');
}

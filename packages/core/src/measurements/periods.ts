import type { Document, IndicatorNode } from '../model/schema.js';
import type { Frequency } from '../model/vocabulary.js';

/** Months between two measurements, by frequency; `once` has no rhythm. */
const MONTHS: Record<Frequency, number | undefined> = {
  once: undefined,
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
  biennial: 24,
  'every-3-years': 36,
  'every-4-years': 48,
  'every-5-years': 60,
};

/** Most periods listed for one indicator. */
const MAX_EXPECTED_PERIODS = 120;

const pad = (n: number) => String(n).padStart(2, '0');
const endOfMonth = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/**
 * The dates on which an indicator is expected to be measured: the last day
 * of each period of its frequency (each year, quarter, month, or every two to
 * five years), after its baseline (or from the start of the plan period) up
 * to its last target (or the end of the plan period). `once` expects one
 * measurement, on the last target's date. Dates already measured are left out.
 *
 * @example
 * expectedPeriods(indicator, document); // ['2025-12-31', '2026-12-31', '2027-12-31']
 */
export function expectedPeriods(
  indicator: Pick<IndicatorNode, 'frequency' | 'baseline' | 'targets' | 'measurements'>,
  document: Pick<Document, 'scope'>,
): string[] {
  const lastTarget = [...indicator.targets]
    .map((t) => t.date)
    .sort()
    .at(-1);
  const period = document.scope.period;
  const end = lastTarget ?? (period ? `${period.end}-12-31` : undefined);
  if (!end) return [];
  const measured = new Set(indicator.measurements.map((m) => m.date));
  const step = MONTHS[indicator.frequency];
  if (step === undefined) return measured.has(end) ? [] : [end];
  const start = indicator.baseline?.date ?? (period ? `${period.start - 1}-12-31` : undefined) ?? `${Number(end.slice(0, 4)) - 1}-12-31`;
  const out: string[] = [];
  // Periods line up with the calendar: quarters end in March, June, …; years in December.
  let year = Number(start.slice(0, 4));
  let month = Math.ceil(Number(start.slice(5, 7)) / Math.min(step, 12)) * Math.min(step, 12);
  for (let guard = 0; guard < 10_000 && out.length < MAX_EXPECTED_PERIODS; guard++) {
    const date = endOfMonth(year, month);
    if (date > end) break;
    if (date > start && !measured.has(date)) out.push(date);
    month += step;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return out;
}

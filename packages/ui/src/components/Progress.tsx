import { useState } from 'react';
import { formatDate, type IndicatorNode, type Language, languageInfo, type Measurement } from '@veranderlogica/core';
import {
  formatIndicatorValue,
  progressBarSvg,
  PROGRESS_STATUSES,
  PROGRESS_STYLE,
  readDate,
  readNumber,
  readYesNo,
  sparklineSvg,
  type IndicatorProgress,
  type ProgressStatus,
} from '@veranderlogica/core/measurements';
import type { MessageKey } from '../i18n/messages.js';
import { useTranslation } from '../i18n/translate.js';

/** A status as a mark, a word and a colour: never by colour alone. */
export function ProgressMark({ status, compact = false }: { status: ProgressStatus; compact?: boolean }) {
  const { l } = useTranslation();
  const style = PROGRESS_STYLE[status];
  const label = l(PROGRESS_STATUSES.labels[status]);
  return (
    <span className="vl-progress-mark" data-status={status} style={{ color: style.color }} title={label} aria-label={label}>
      <span aria-hidden="true">{style.mark}</span>
      {!compact && <span className="vl-progress-mark__label">{label}</span>}
    </span>
  );
}

/**
 * The core's charts (the same SVG as in the report): a sparkline of the
 * measurements with the target dashed, and a bar from baseline to latest
 * with the target and the expected value marked.
 */
export function ProgressChart({
  indicator,
  progress,
  width = 120,
  bar = true,
}: {
  indicator: IndicatorNode;
  progress: IndicatorProgress;
  width?: number;
  bar?: boolean;
}) {
  if (indicator.measurements.length === 0) return null;
  const markup =
    sparklineSvg(indicator.measurements, { width, height: 28, target: progress.target?.value, label: indicator.title }) +
    (bar ? progressBarSvg(indicator, progress, { width, height: 12 }) : '');
  // The markup comes from the core's chart functions: numbers and an escaped label, nothing that runs.
  return <span className="vl-progress-chart" dangerouslySetInnerHTML={{ __html: markup }} />;
}

type Row = { date: string; value: string; source: string; note: string };
type RowErrors = { date?: MessageKey | undefined; value?: MessageKey | undefined };

/** A date as people type it here: dd-mm-jjjj. */
export const typedDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
/**
 * A number as typed, without grouping, with a decimal comma in Dutch. Three
 * decimals get a fourth zero, so 1,234 does not read back as ambiguous.
 */
export const typedNumber = (value: number, language: Language) => {
  let text = String(value);
  if (/^-?\d{1,3}\.\d{3}$/.test(text)) text += '0';
  const decimal = new Intl.NumberFormat(languageInfo(language).locale).formatToParts(0.5).find((part) => part.type === 'decimal');
  return decimal ? text.replace('.', decimal.value) : text;
};

const show = (m: Measurement, language: Language): Row => ({
  date: typedDate(m.date),
  value: typedNumber(m.value, language),
  source: m.source ?? '',
  note: m.note ?? '',
});
const blank = (row: Row) => !row.date.trim() && !row.value.trim() && !row.source.trim() && !row.note.trim();

function readRow(row: Row, yesNo: boolean): { measurement?: Measurement; errors: RowErrors } {
  const date = readDate(row.date);
  const value = yesNo ? readYesNo(row.value) : readNumber(row.value);
  const errors: RowErrors = {
    date: date.ok ? undefined : 'series.badDate',
    value: value.ok ? undefined : value.problem === 'ambiguous-number' ? 'series.ambiguous' : 'series.badNumber',
  };
  if (!date.ok || !value.ok) return { errors };
  const measurement: { value: number; date: string; source?: string; note?: string } = { value: value.value, date: date.value };
  if (row.source.trim()) measurement.source = row.source.trim();
  if (row.note.trim()) measurement.note = row.note.trim();
  return { measurement, errors };
}

const same = (a: readonly Measurement[], b: readonly Measurement[]) =>
  a.length === b.length &&
  a.every((m, i) => m.date === b[i]!.date && m.value === b[i]!.value && m.source === b[i]!.source && m.note === b[i]!.note);

export interface MeasurementTableProps {
  readonly indicator: IndicatorNode;
  /** The thresholds to judge progress by (the document's). */
  readonly progress: IndicatorProgress;
  /** Called with the whole series, sorted by date, whenever every filled row reads. */
  readonly onChange: (measurements: Measurement[]) => void;
}

/**
 * An indicator's measurements as a small table to type in: date or period
 * (31-12-2025, 2025, 2025-K1), value (12,5 or 12.5; ja/nee for a yes/no
 * indicator), source and note. A row that does not read says why and is kept
 * on screen without changing the plan; the status and the charts above follow
 * what the plan holds.
 */
export function MeasurementTable({ indicator, progress, onChange }: MeasurementTableProps) {
  const { t, language } = useTranslation();
  const yesNo = indicator.valueType === 'yes-no';
  const values = indicator.measurements;
  const [draft, setDraft] = useState<Row[]>(() => values.map((m) => show(m, language)));
  const read = draft.map((row) => (blank(row) ? { errors: {} } : readRow(row, yesNo)));
  const complete = read.flatMap((r) => (r.measurement ? [r.measurement] : []));
  const sorted = [...complete].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // After an undo, or an import, the plan wins over what is on screen (rows that do not read yet stay).
  const inSync = same(sorted, values);
  const rows = inSync ? draft : values.map((m) => show(m, language));
  const results = inSync ? read : rows.map((row) => readRow(row, yesNo));
  const dates = new Map<string, number>();
  results.forEach((r, i) => r.measurement && !dates.has(r.measurement.date) && dates.set(r.measurement.date, i));
  const commit = (next: Row[]) => {
    setDraft(next);
    const parsed = next.map((row) => (blank(row) ? { errors: {} } : readRow(row, yesNo)));
    const series = parsed.flatMap((r) => (r.measurement ? [r.measurement] : []));
    // Two rows on one date: wait until the user fixes it.
    if (new Set(series.map((m) => m.date)).size !== series.length) return;
    const next_ = [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (!same(next_, values)) onChange(next_);
  };
  const set = (i: number, key: keyof Row, value: string) => commit(rows.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="vl-field vl-series">
      <legend>{t('inspector.field.measurements')}</legend>
      <div className="vl-series__status">
        <ProgressMark status={progress.status} />
        {progress.latest && (
          <span className="vl-muted">
            {t('progress.latest', {
              value: formatIndicatorValue(indicator, progress.latest.value, language),
              date: formatDate(progress.latest.date, language),
            })}
            {progress.expected !== undefined &&
              ` · ${t('progress.expected', { value: formatIndicatorValue(indicator, progress.expected, language) })}`}
          </span>
        )}
        <ProgressChart indicator={indicator} progress={progress} width={200} />
      </div>
      <div className="vl-series__rows" role="list">
        <div className="vl-series__head" aria-hidden="true">
          <span>{t('series.date')}</span>
          <span>{t('series.value')}</span>
        </div>
        {rows.map((row, i) => {
          const errors = results[i]?.errors ?? {};
          const filled = !blank(row);
          const twice = results[i]?.measurement && dates.get(results[i].measurement.date) !== i;
          const dateError = filled ? (errors.date ?? (twice ? 'series.twice' : undefined)) : undefined;
          const valueError = filled ? errors.value : undefined;
          return (
            <div key={i} className="vl-series__row" role="listitem" data-row={i + 1}>
              <input
                className="vl-series__date"
                aria-label={`${t('series.date')} ${i + 1}`}
                aria-invalid={dateError ? true : undefined}
                title={dateError ? t(dateError) : undefined}
                value={row.date}
                placeholder="31-12-2025"
                onChange={(e) => set(i, 'date', e.target.value)}
              />
              <input
                className="vl-series__value"
                aria-label={`${t('series.value')} ${i + 1}`}
                aria-invalid={valueError ? true : undefined}
                title={valueError ? t(valueError) : undefined}
                inputMode={yesNo ? 'text' : 'decimal'}
                value={row.value}
                onChange={(e) => set(i, 'value', e.target.value)}
              />
              <button
                type="button"
                className="vl-button vl-button--small"
                aria-label={t('series.remove', { number: i + 1 })}
                onClick={() => commit(rows.filter((_, j) => j !== i))}
              >
                ×
              </button>
              <input
                className="vl-series__source"
                aria-label={`${t('series.source')} ${i + 1}`}
                placeholder={t('series.source')}
                value={row.source}
                onChange={(e) => set(i, 'source', e.target.value)}
              />
              <input
                className="vl-series__note"
                aria-label={`${t('series.note')} ${i + 1}`}
                placeholder={t('series.note')}
                value={row.note}
                onChange={(e) => set(i, 'note', e.target.value)}
              />
            </div>
          );
        })}
      </div>
      {rows.some((row, i) => {
        const e = results[i]?.errors ?? {};
        return !blank(row) && (e.date || e.value);
      }) && (
        <p className="vl-field__error" role="alert">
          {rows
            .map((row, i) => {
              const e = results[i]?.errors ?? {};
              if (blank(row) || (!e.date && !e.value)) return '';
              return `${i + 1}: ${[e.date && t(e.date), e.value && t(e.value)].filter(Boolean).join(' ')}`;
            })
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <button
        type="button"
        className="vl-button vl-button--small"
        onClick={() => setDraft([...rows, { date: '', value: '', source: '', note: '' }])}
      >
        {t('series.add')}
      </button>
      <p className="vl-muted vl-series__hint">{t('series.hint')}</p>
    </fieldset>
  );
}

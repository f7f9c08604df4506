/** The inspector's fields for measured values: a baseline or target (value and date), and the list of measurements. */
import { useState } from 'react';
import { readDate, readNumber as readTypedNumber } from '@veranderlogica/core/measurements';
import { type Language, type Measurement } from '@veranderlogica/core';
import { useTranslation } from '../../i18n/translate.js';
import { FieldErrorText, type FieldError } from '../fields.js';
import { typedDate, typedNumber } from '../Progress.js';

export function MeasurementField({
  label,
  value,
  onChange,
  error,
  defaultDate,
}: {
  label: string;
  value: Measurement | undefined;
  onChange: (value: Measurement | undefined) => void;
  error: FieldError;
  /** The date a typed value takes while no date is typed (a year, from the plan period), shown in the field. */
  defaultDate?: string;
}) {
  const { t, language } = useTranslation();
  const [draft, setDraft] = useState(value === undefined ? { value: '', date: '' } : rowsOf([value], language)[0]!);
  const commit = (typed: { value: string; date: string }) => {
    const next =
      typed.value.trim() !== '' && typed.date.trim() === '' && defaultDate && draft.date.trim() === ''
        ? { ...typed, date: defaultDate }
        : typed;
    setDraft(next);
    const date = readDate(next.date);
    if (next.value.trim() === '' && next.date.trim() === '') onChange(undefined);
    else if (next.value.trim() !== '' && date.ok) onChange({ value: readNumber(next.value), date: date.value });
  };
  const unreadable = draft.date.trim() !== '' && !readDate(draft.date).ok;
  return (
    <fieldset className={`vl-field vl-measurement${error ? ' vl-field--invalid' : ''}`}>
      <legend>{label}</legend>
      <input
        aria-label={`${label}: ${t('inspector.field.value')}`}
        inputMode="decimal"
        value={draft.value}
        onChange={(e) => commit({ ...draft, value: e.target.value })}
      />
      <input
        aria-label={`${label}: ${t('inspector.field.date')}`}
        placeholder={t('inspector.field.datePlaceholder')}
        aria-invalid={unreadable || undefined}
        value={draft.date}
        onChange={(e) => commit({ ...draft, date: e.target.value })}
      />
      {unreadable && <p className="vl-field__error">{t('series.badDate')}</p>}
      <FieldErrorText error={error} />
    </fieldset>
  );
}

/** A number typed the Dutch or the English way ("12,5", "1.234,5", "12.5"); NaN when it does not read, which the format refuses with a message. */
function readNumber(text: string): number {
  const read = readTypedNumber(text);
  return read.ok ? read.value : Number.NaN;
}

type MeasurementRow = { value: string; date: string };
// Dates are typed the Dutch way (31-12-2026, a year, a quarter), as measurements are: never the browser's date picker,
// which speaks the browser's locale (mm/dd/yyyy in an English one).
const rowsOf = (values: readonly Measurement[], language: Language): MeasurementRow[] =>
  values.map((m) => ({ value: typedNumber(m.value, language), date: typedDate(m.date) }));
const isoOf = (typed: string) => {
  const date = readDate(typed);
  return date.ok ? date.value : undefined;
};
const completeRows = (rows: readonly MeasurementRow[]) => rows.filter((row) => row.value.trim() !== '' && isoOf(row.date) !== undefined);
const sameValues = (rows: readonly MeasurementRow[], values: readonly Measurement[]) => {
  const complete = completeRows(rows);
  return (
    complete.length === values.length &&
    complete.every((row, i) => readNumber(row.value) === values[i]!.value && isoOf(row.date) === values[i]!.date)
  );
};

/**
 * A list of values with dates (targets, measurements) as rows. A row counts
 * once it has both a value and a date; a half-typed row stays on screen.
 */
export function MeasurementListField({
  label,
  values,
  onChange,
  error,
  defaultDate,
}: {
  label: string;
  values: readonly Measurement[];
  onChange: (values: Measurement[]) => void;
  error: FieldError;
  /** The date a new row starts with (the plan period's end year), changed by typing another. */
  defaultDate?: string;
}) {
  const { t, language } = useTranslation();
  const [draft, setDraft] = useState<MeasurementRow[]>(() => rowsOf(values, language));
  // After an undo the document wins over what was typed.
  const known = sameValues(draft, values) ? draft : rowsOf(values, language);
  // No value yet: one empty row to type in at once (its date the plan's end year, when there is a period).
  const rows = known.length === 0 ? [{ value: '', date: defaultDate ?? '' }] : known;
  const commit = (next: MeasurementRow[]) => {
    setDraft(next);
    const complete = completeRows(next);
    if (!sameValues(next, values) || complete.length !== values.length) {
      onChange(complete.map((row) => ({ value: readNumber(row.value), date: isoOf(row.date)! })));
    }
  };
  return (
    <fieldset className={`vl-field vl-measurements${error ? ' vl-field--invalid' : ''}`}>
      <legend>{label}</legend>
      {rows.map((row, i) => (
        <div className="vl-measurement" key={i}>
          <input
            aria-label={`${label} ${i + 1}: ${t('inspector.field.value')}`}
            inputMode="decimal"
            value={row.value}
            onChange={(e) => commit(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
          />
          <input
            aria-label={`${label} ${i + 1}: ${t('inspector.field.date')}`}
            placeholder={t('inspector.field.datePlaceholder')}
            aria-invalid={(row.date.trim() !== '' && isoOf(row.date) === undefined) || undefined}
            value={row.date}
            onChange={(e) => commit(rows.map((r, j) => (j === i ? { ...r, date: e.target.value } : r)))}
          />
          <button
            type="button"
            className="vl-button vl-button--small"
            aria-label={t('inspector.field.removeRow', { number: i + 1 })}
            onClick={() => commit(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="vl-button vl-button--small" onClick={() => setDraft([...rows, { value: '', date: '' }])}>
        {t('inspector.field.addRow')}
      </button>
      <FieldErrorText error={error} />
    </fieldset>
  );
}

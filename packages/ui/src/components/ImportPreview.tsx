import { formatDate, formatNumber } from '@veranderlogica/core';
import {
  MEASUREMENT_FIELD_LABELS,
  MEASUREMENT_FIELDS,
  type MeasurementColumns,
  type MeasurementField,
  type MeasurementImport,
} from '@veranderlogica/core/measurements';
import { useTranslation } from '../i18n/translate.js';

export interface ImportPreviewProps {
  /** The file's name, as the user chose it. */
  readonly name: string;
  readonly result: MeasurementImport;
  /** The file's headings, to choose the columns from (a CSV); absent for the workbook, whose columns are known. */
  readonly headings?: readonly string[];
  readonly onColumns?: (columns: Partial<MeasurementColumns>) => void;
  readonly onApply: () => void;
}

/**
 * What importing measurements would do, before it does it: how many rows are
 * added, changed, unchanged or still empty, each added or changed value, and
 * every refused cell with its row, column and why. For a CSV, which column
 * holds what is chosen here and the preview follows.
 */
export function ImportPreview({ name, result, headings, onColumns, onApply }: ImportPreviewProps) {
  const { t, language, l } = useTranslation();
  const changes = [
    ...result.added.map((item) => ({ item, kind: 'added' as const })),
    ...result.changed.map((item) => ({ item, kind: 'changed' as const })),
  ];
  const setColumn = (field: MeasurementField, heading: string) => {
    const next: Partial<Record<MeasurementField, string>> = { ...result.columns };
    if (heading) next[field] = heading;
    else delete next[field];
    onColumns?.(next);
  };
  return (
    <div className="vl-import">
      <p>
        <strong>{name}</strong>
      </p>
      {headings && onColumns && (
        <fieldset className="vl-import__mapping">
          <legend>{t('import.mapping')}</legend>
          {MEASUREMENT_FIELDS.map((field) => (
            <label key={field}>
              <span>{l(MEASUREMENT_FIELD_LABELS[field])}</span>
              <select
                aria-label={l(MEASUREMENT_FIELD_LABELS[field])}
                value={result.columns[field] ?? ''}
                onChange={(e) => setColumn(field, e.target.value)}
              >
                <option value="">{t('import.noColumn')}</option>
                {headings.map((heading) => (
                  <option key={heading} value={heading}>
                    {heading}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <p>{t('import.preview')}</p>
      <p role="status" className="vl-import__summary">
        {t('import.summary', {
          added: result.added.length,
          changed: result.changed.length,
          unchanged: result.unchanged,
          empty: result.empty,
        })}
      </p>
      {changes.length > 0 && (
        <table className="vl-import__table" aria-label={`${t('import.added')} / ${t('import.changed')}`}>
          <thead>
            <tr>
              <th>{t('import.row')}</th>
              <th>{t('indicators.indicator')}</th>
              <th>{t('series.date')}</th>
              <th>{t('series.value')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {changes.map(({ item, kind }) => (
              <tr key={`${item.row}`} data-kind={kind}>
                <td>{item.row}</td>
                <td>{item.title}</td>
                <td>{formatDate(item.measurement.date, language)}</td>
                <td>
                  {item.before && `${formatNumber(item.before.value, language)} → `}
                  {formatNumber(item.measurement.value, language)}
                </td>
                <td>{kind === 'added' ? t('import.added') : t('import.changed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.problems.length > 0 && (
        <>
          <h3>{t('import.problems', { count: result.problems.length })}</h3>
          <table className="vl-import__table vl-import__problems">
            <thead>
              <tr>
                <th>{t('import.row')}</th>
                <th>{t('import.column')}</th>
                <th>{t('import.why')}</th>
              </tr>
            </thead>
            <tbody>
              {result.problems.map((problem, i) => (
                <tr key={i} data-code={problem.code}>
                  <td>{problem.row}</td>
                  <td>{problem.column}</td>
                  <td>{l(problem.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="editor-dialog__actions">
        <button type="button" className="vl-button vl-button--primary" disabled={!result.operation} onClick={onApply}>
          {t('import.apply')}
        </button>
        {!result.operation && <span className="vl-muted">{t('import.nothing')}</span>}
      </p>
    </div>
  );
}

import { useMemo, useState } from 'react';
import {
  DEFAULT_PROGRESS_THRESHOLDS,
  directionLabel,
  formatIndicatorValue,
  planProgress,
  PROGRESS_STATUSES,
} from '@veranderlogica/core/measurements';
import { type Document, formatDate, type IndicatorNode, type Language, languageInfo, type Measurement } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { ProgressChart, ProgressMark } from './Progress.js';

export interface IndicatorsViewProps {
  readonly document: Document;
  /** A row was chosen: select its card. */
  readonly onSelect?: (id: string) => void;
  /** Opens the import of a filled-in workbook or a CSV. */
  readonly onImport?: () => void;
  /** The share of the planned change an indicator may lag and still be "at risk" (0–1); absent: read-only. */
  readonly onThreshold?: (atRisk: number) => void;
}

type Filter = { goal: string; group: string; partner: string; status: string };
const ALL = '';

/** A date in a table row: short (31-12-2024, 31/12/2024), the full date as its tooltip. */
const shortDate = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(languageInfo(language).locale, { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

function figure(m: Measurement | undefined, indicator: IndicatorNode, language: Language) {
  if (!m) return <span className="vl-muted">–</span>;
  return (
    <>
      {formatIndicatorValue(indicator, m.value, language)}{' '}
      <span className="vl-muted" title={formatDate(m.date, language)}>
        ({shortDate(m.date, language)})
      </span>
    </>
  );
}

/**
 * Every indicator of the plan with its series and status against its
 * trajectory, filtered by goal, group, partner and status: what a policy
 * officer reads before the yearly report. The threshold for "at risk" is the
 * document's own and can be changed here.
 */
export function IndicatorsView({ document, onSelect, onImport, onThreshold }: IndicatorsViewProps) {
  const { t, language, l } = useTranslation();
  const rows = useMemo(() => planProgress(document), [document]);
  const [filter, setFilter] = useState<Filter>({ goal: ALL, group: ALL, partner: ALL, status: ALL });
  const titles = useMemo(() => new Map(document.nodes.map((node) => [node.id, node.title])), [document]);
  const title = (id: string) => titles.get(id) ?? id;
  const goals = document.nodes.filter((node) => node.kind === 'goal');
  const shown = rows.filter(
    (row) =>
      (filter.goal === ALL || row.goals.includes(filter.goal)) &&
      (filter.group === ALL || row.groups.includes(filter.group)) &&
      (filter.partner === ALL || row.partners.includes(filter.partner)) &&
      (filter.status === ALL || row.progress.status === filter.status),
  );
  const atRisk = document.monitoring?.atRisk ?? DEFAULT_PROGRESS_THRESHOLDS.atRisk;
  const select = (key: keyof Filter, label: string, options: readonly { value: string; label: string }[]) => (
    <label className="vl-indicators__filter">
      <span>{label}</span>
      <select aria-label={label} value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}>
        <option value={ALL}>{t('indicators.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="vl-indicators" aria-labelledby="vl-indicators-title">
      <header className="vl-indicators__header">
        <h2 id="vl-indicators-title">{t('indicators.title')}</h2>
        <p className="vl-muted">{t('indicators.intro')}</p>
        <div className="vl-indicators__tools">
          {select(
            'goal',
            t('indicators.filterGoal'),
            goals.map((goal) => ({ value: goal.id, label: goal.title || t('node.untitled') })),
          )}
          {select(
            'group',
            t('indicators.filterGroup'),
            document.groups.map((group) => ({ value: group.id, label: group.title })),
          )}
          {select(
            'partner',
            t('indicators.filterPartner'),
            document.actors.map((actor) => ({ value: actor.id, label: actor.name || t('node.untitled') })),
          )}
          {select(
            'status',
            t('indicators.filterStatus'),
            PROGRESS_STATUSES.values.map((status) => ({ value: status, label: l(PROGRESS_STATUSES.labels[status]) })),
          )}
          {onThreshold && (
            <label className="vl-indicators__filter">
              <span>{t('indicators.threshold')}</span>
              <input
                type="number"
                min={0}
                max={100}
                step={1}
                aria-label={t('indicators.threshold')}
                value={Math.round(atRisk * 100)}
                onChange={(e) => {
                  const percent = Number(e.target.value);
                  if (e.target.value !== '' && Number.isFinite(percent) && percent >= 0 && percent <= 100) onThreshold(percent / 100);
                }}
              />
            </label>
          )}
          {onImport && (
            <button type="button" className="vl-button" onClick={onImport}>
              {t('indicators.import')}
            </button>
          )}
        </div>
        <p className="vl-muted" aria-live="polite">
          {t('indicators.count', { shown: shown.length, total: rows.length })}
        </p>
      </header>
      {shown.length === 0 ? (
        <p className="vl-muted">{t('indicators.none')}</p>
      ) : (
        <table className="vl-indicators__table">
          <thead>
            <tr>
              <th>{t('indicators.indicator')}</th>
              <th>{t('indicators.filterStatus')}</th>
              <th>{t('indicators.baseline')}</th>
              <th>{t('indicators.latest')}</th>
              <th>{t('indicators.target')}</th>
              <th>{t('indicators.series')}</th>
              <th>{t('indicators.filterGoal')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ indicator, progress, goals: served }) => (
              <tr key={indicator.id} data-id={indicator.id} data-status={progress.status}>
                <td>
                  <button type="button" className="vl-link-button" onClick={() => onSelect?.(indicator.id)}>
                    {indicator.title || t('node.untitled')}
                  </button>
                  <span className="vl-muted vl-indicators__direction" data-direction={indicator.direction}>
                    {directionLabel(indicator.direction, language)}
                  </span>
                </td>
                <td>
                  <ProgressMark status={progress.status} />
                </td>
                <td>{figure(indicator.baseline, indicator, language)}</td>
                <td>{figure(progress.latest, indicator, language)}</td>
                <td>{figure(progress.target, indicator, language)}</td>
                <td>
                  <ProgressChart indicator={indicator} progress={progress} width={140} />
                  {indicator.measurements.length > 0 && (
                    <span className="vl-muted vl-indicators__points">{indicator.measurements.length}×</span>
                  )}
                </td>
                <td>{served.map(title).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { formatFinding, SEVERITY_LABELS, type Finding, type Severity } from '@veranderlogica/core';
import { useState } from 'react';
import { useTranslation } from '../i18n/translate.js';

export interface ValidationPanelProps {
  readonly findings: readonly Finding[];
  /** Called with a finding the user clicked; the editor selects and centres its nodes. */
  readonly onSelect?: (finding: Finding) => void;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

/**
 * How many findings of a severity show before "show more": a list of hundreds is read by nobody, and building it
 * held up a large plan's diagram on opening.
 */
export const FINDINGS_SHOWN = 50;

/** The core's validation findings, grouped by severity, in the interface language; each group shows its first {@link FINDINGS_SHOWN} until asked for more. */
export function ValidationPanel({ findings, onSelect }: ValidationPanelProps) {
  const { t, language, l } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<Severity>>(() => new Set());
  const groups = { error: [] as Finding[], warning: [] as Finding[], info: [] as Finding[] };
  for (const finding of findings) groups[finding.severity].push(finding);
  const count = (severity: Severity) => groups[severity].length;
  return (
    <section className="vl-panel vl-validation" aria-label={t('validation.title')}>
      <h2 className="vl-panel__title">
        {t('validation.title')}
        <span className="vl-panel__summary" role="status" aria-live="polite">
          {t('validation.count', { errors: count('error'), warnings: count('warning'), infos: count('info') })}
        </span>
      </h2>
      {findings.length === 0 && <p className="vl-muted">{t('validation.none')}</p>}
      {ORDER.map((severity) => {
        const group = groups[severity];
        if (group.length === 0) return null;
        const shown = expanded.has(severity) ? group : group.slice(0, FINDINGS_SHOWN);
        return (
          <div key={severity} className={`vl-validation__group vl-validation__group--${severity}`}>
            <h3>
              {l(SEVERITY_LABELS[severity])} ({group.length})
            </h3>
            <ul>
              {shown.map((finding, i) => (
                <li key={`${finding.code}-${finding.ids.join(',')}-${i}`}>
                  <button type="button" className="vl-link" onClick={() => onSelect?.(finding)} data-code={finding.code}>
                    {formatFinding(finding, language)}
                  </button>
                </li>
              ))}
            </ul>
            {shown.length < group.length && (
              <button
                type="button"
                className="vl-link-button vl-validation__more"
                onClick={() => setExpanded((current) => new Set(current).add(severity))}
              >
                {t('validation.more', { count: group.length - shown.length })}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}

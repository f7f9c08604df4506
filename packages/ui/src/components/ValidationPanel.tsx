import { formatFinding, SEVERITY_LABELS, type Finding, type Severity } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface ValidationPanelProps {
  readonly findings: readonly Finding[];
  /** Called with a finding the user clicked; the editor selects and centres its nodes. */
  readonly onSelect?: (finding: Finding) => void;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** The core's validation findings, grouped by severity, in the interface language. */
export function ValidationPanel({ findings, onSelect }: ValidationPanelProps) {
  const { t, language, l } = useTranslation();
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
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
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`vl-validation__group vl-validation__group--${severity}`}>
            <h3>
              {l(SEVERITY_LABELS[severity])} ({group.length})
            </h3>
            <ul>
              {group.map((finding, i) => (
                <li key={`${finding.code}-${finding.ids.join(',')}-${i}`}>
                  <button type="button" className="vl-link" onClick={() => onSelect?.(finding)} data-code={finding.code}>
                    {formatFinding(finding, language)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

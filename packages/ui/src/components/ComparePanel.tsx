import type { PlanDiffSection } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface ComparePanelProps {
  /** The version or file compared with. */
  readonly name: string;
  /** The heading, when it is not "changed since" the version (a suggestion's difference, say). */
  readonly heading?: string | undefined;
  readonly sections: readonly PlanDiffSection[];
  /** A line was chosen: show that card (or connection) in the diagram. */
  readonly onSelect?: (id: string) => void;
  readonly onClose: () => void;
}

/**
 * What changed since a version, as a list beside the diagram: one heading
 * per kind of change, each line with its sign. The diagram marks the same
 * cards (new, changed, removed as ghosts).
 */
export function ComparePanel({ name, heading, sections, onSelect, onClose }: ComparePanelProps) {
  const { t } = useTranslation();
  return (
    <section className="vl-panel vl-compare" aria-labelledby="vl-compare-title">
      <header className="vl-compare__header">
        <h2 id="vl-compare-title">{heading ?? t('compare.title', { name })}</h2>
        <button type="button" className="vl-button vl-button--small" onClick={onClose}>
          {t('compare.stop')}
        </button>
      </header>
      {sections.length === 0 ? (
        <p className="vl-muted">{t('compare.none')}</p>
      ) : (
        sections.map((section) => (
          <div key={section.key} className="vl-compare__section" data-section={section.key}>
            <h3>
              {section.heading} ({section.lines.length})
            </h3>
            <ul>
              {section.lines.map((line, i) => (
                <li key={`${line.id}-${i}`} data-sign={line.sign}>
                  <button type="button" className="vl-link-button" onClick={() => onSelect?.(line.id)}>
                    <span aria-hidden="true">{line.sign === '-' ? '−' : line.sign}</span> {line.text}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

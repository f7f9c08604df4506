import type { Document, Fact } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { TextField } from './fields.js';

export interface FactsPanelProps {
  readonly document: Document;
  readonly onProblem: (problem: string) => void;
  readonly onAdd: () => void;
  readonly onChange: (id: string, changes: Partial<Omit<Fact, 'id'>>) => void;
  readonly onRemove: (id: string) => void;
}

/**
 * Step 1 of a bliksemtraject: the problem in a few sentences and the facts
 * about its nature and extent, each with its source.
 *
 * @example
 * <FactsPanel document={doc} onProblem={…} onAdd={…} onChange={…} onRemove={…} />
 */
export function FactsPanel({ document, onProblem, onAdd, onChange, onRemove }: FactsPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="vl-panel vl-facts" aria-label={t('facts.title')}>
      <TextField label={t('facts.problem')} value={document.context.problem} multiline onChange={onProblem} />
      <h2 className="vl-panel__title">{t('facts.title')}</h2>
      <ol className="vl-facts__list">
        {document.context.facts.map((fact, i) => (
          <li key={fact.id} className="vl-facts__item" data-id={fact.id}>
            <TextField
              label={`${t('facts.statement')} ${i + 1}`}
              value={fact.statement}
              multiline
              onChange={(statement) => onChange(fact.id, { statement })}
            />
            <TextField label={t('facts.source')} value={fact.source} onChange={(source) => onChange(fact.id, { source })} />
            <TextField
              label={t('facts.link')}
              value={fact.link ?? ''}
              onChange={(link) => onChange(fact.id, { link: link || undefined })}
            />
            <button type="button" className="vl-link" onClick={() => onRemove(fact.id)}>
              {t('facts.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="vl-button" onClick={onAdd}>
        {t('facts.add')}
      </button>
    </section>
  );
}

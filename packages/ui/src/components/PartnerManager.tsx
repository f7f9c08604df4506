import { ACTOR_DOMAINS, type Actor, type Document, type Localized } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { SelectField, TextField } from './fields.js';

export interface PartnerManagerProps {
  readonly document: Document;
  readonly onAdd: () => void;
  readonly onChange: (id: string, changes: Partial<Omit<Actor, 'id'>>) => Localized | undefined;
  readonly onRemove: (id: string) => void;
}

/** The sociale kaart: network partners with their domain, contact and offer, and how many interventions each carries. */
export function PartnerManager({ document, onAdd, onChange, onRemove }: PartnerManagerProps) {
  const { t, language } = useTranslation();
  const carried = (id: string) => document.nodes.filter((node) => node.kind === 'intervention' && node.actors.includes(id)).length;
  return (
    <section className="vl-panel vl-partners" aria-label={t('partners.title')}>
      <h2 className="vl-panel__title">{t('partners.title')}</h2>
      <ul className="vl-partners__list">
        {document.actors.map((actor) => (
          <li key={actor.id} className="vl-partners__item">
            <details>
              <summary>
                <strong>{actor.name || actor.id}</strong>{' '}
                <span className="vl-muted">
                  · {ACTOR_DOMAINS.labels[actor.domain][language]} · {t('partners.carries', { count: carried(actor.id) })}
                </span>
              </summary>
              <TextField label={t('partners.name')} value={actor.name} onChange={(name) => onChange(actor.id, { name })} />
              <SelectField
                label={t('partners.domain')}
                value={actor.domain}
                options={ACTOR_DOMAINS.values.map((value) => ({ value, label: ACTOR_DOMAINS.labels[value][language] }))}
                onChange={(domain) => domain && onChange(actor.id, { domain })}
              />
              <TextField label={t('partners.contact')} value={actor.contact} onChange={(contact) => onChange(actor.id, { contact })} />
              <TextField label={t('partners.offer')} value={actor.offer} multiline onChange={(offer) => onChange(actor.id, { offer })} />
              <button type="button" className="vl-button vl-button--danger" onClick={() => onRemove(actor.id)}>
                {t('partners.remove')}
              </button>
            </details>
          </li>
        ))}
      </ul>
      <button type="button" className="vl-button" onClick={onAdd}>
        {t('partners.add')}
      </button>
    </section>
  );
}

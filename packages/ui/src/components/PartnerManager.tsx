import { ACTOR_DOMAINS, type Actor, type Document, type Localized } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { SelectField, TextField } from './fields.js';
import { ItemList } from './ItemList.js';

export interface PartnerManagerProps {
  readonly document: Document;
  readonly onAdd: () => void;
  readonly onChange: (id: string, changes: Partial<Omit<Actor, 'id'>>) => Localized | undefined;
  readonly onRemove: (id: string) => void;
}

/**
 * The sociale kaart: network partners with their domain, contact and offer, and how many interventions each
 * carries. A partner just added opens with its name ready for typing.
 *
 * @example
 * <PartnerManager document={doc} onAdd={add} onChange={update} onRemove={remove} />
 */
export function PartnerManager({ document, onAdd, onChange, onRemove }: PartnerManagerProps) {
  const { t, l } = useTranslation();
  const carried = (id: string) => document.nodes.filter((node) => node.kind === 'intervention' && node.actors.includes(id)).length;
  return (
    <ItemList
      title={t('partners.title')}
      items={document.actors}
      addLabel={t('partners.add')}
      removeLabel={t('partners.remove')}
      onAdd={onAdd}
      onRemove={onRemove}
      summary={(actor) => (
        <>
          <strong>{actor.name || actor.id}</strong>{' '}
          <span className="vl-muted">
            · {l(ACTOR_DOMAINS.labels[actor.domain])} · {t('partners.carries', { count: carried(actor.id) })}
          </span>
        </>
      )}
      fields={(actor) => (
        <>
          <TextField label={t('partners.name')} value={actor.name} onChange={(name) => onChange(actor.id, { name })} />
          <SelectField
            label={t('partners.domain')}
            value={actor.domain}
            options={ACTOR_DOMAINS.values.map((value) => ({ value, label: l(ACTOR_DOMAINS.labels[value]) }))}
            onChange={(domain) => domain && onChange(actor.id, { domain })}
          />
          <TextField label={t('partners.contact')} value={actor.contact} onChange={(contact) => onChange(actor.id, { contact })} />
          <TextField label={t('partners.offer')} value={actor.offer} multiline onChange={(offer) => onChange(actor.id, { offer })} />
        </>
      )}
    />
  );
}

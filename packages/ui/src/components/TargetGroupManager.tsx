import { topicOf } from '@veranderlogica/core/workshop';
import { type Document, type Localized, type TargetGroup } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { CheckboxField, TextField } from './fields.js';
import { ItemList } from './ItemList.js';

export interface TargetGroupManagerProps {
  readonly document: Document;
  readonly onAdd: () => void;
  readonly onChange: (id: string, changes: Partial<Omit<TargetGroup, 'id'>>) => Localized | undefined;
  readonly onRemove: (id: string) => void;
}

/**
 * The target groups (doelgroepen) interventions reach, with risk groups
 * marked (in the words of the plan's subject pack), and how many interventions reach each. Removing a group also takes
 * it off every intervention (the core does that in the same step).
 *
 * @example
 * <TargetGroupManager document={doc} onAdd={add} onChange={update} onRemove={remove} />
 */
export function TargetGroupManager({ document, onAdd, onChange, onRemove }: TargetGroupManagerProps) {
  const { t, l } = useTranslation();
  const reached = (id: string) => document.nodes.filter((node) => node.kind === 'intervention' && node.targetGroups.includes(id)).length;
  return (
    <ItemList
      title={t('groups.title')}
      items={document.targetGroups}
      addLabel={t('groups.add')}
      removeLabel={t('groups.remove')}
      onAdd={onAdd}
      onRemove={onRemove}
      summary={(group) => (
        <>
          <strong>{group.name || t('node.untitled')}</strong>{' '}
          <span className="vl-muted">
            {group.risk ? `· ${t('groups.riskShort')} ` : ''}· {t('groups.reached', { count: reached(group.id) })}
          </span>
        </>
      )}
      fields={(group) => (
        <>
          <TextField label={t('partners.name')} value={group.name} onChange={(name) => onChange(group.id, { name })} />
          <CheckboxField label={l(topicOf(document).riskGroup)} checked={group.risk} onChange={(risk) => onChange(group.id, { risk })} />
          <TextField
            label={t('groups.description')}
            value={group.description}
            multiline
            onChange={(description) => onChange(group.id, { description })}
          />
        </>
      )}
    />
  );
}

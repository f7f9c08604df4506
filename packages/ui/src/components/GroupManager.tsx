import { GROUP_KINDS, type Document, type Group, type Localized } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { CheckboxField, SelectField, TextField, vocabularyOptions } from './fields.js';
import { ItemList } from './ItemList.js';

export interface GroupManagerProps {
  readonly document: Document;
  readonly onAdd: () => void;
  readonly onChange: (id: string, changes: Partial<Omit<Group, 'id'>>) => Localized | undefined;
  readonly onRemove: (id: string) => void;
}

/**
 * The plan's groups: strategies, speerpunten, bouwstenen or themes, with the
 * cross-cutting ones (coordination, monitoring) marked, and how many cards
 * each holds. Cards join a group in their properties; removing a group takes
 * it off its cards in the same step.
 *
 * @example
 * <GroupManager document={doc} onAdd={add} onChange={update} onRemove={remove} />
 */
export function GroupManager({ document, onAdd, onChange, onRemove }: GroupManagerProps) {
  const { t, l } = useTranslation();
  const members = (id: string) => document.nodes.filter((node) => 'group' in node && node.group === id).length;
  return (
    <ItemList
      title={t('strategies.title')}
      items={document.groups}
      addLabel={t('strategies.add')}
      removeLabel={t('strategies.remove')}
      onAdd={onAdd}
      onRemove={onRemove}
      summary={(group) => (
        <>
          <strong>{group.title || t('node.untitled')}</strong>{' '}
          <span className="vl-muted">
            · {l(GROUP_KINDS.labels[group.kind])}
            {group.crossCutting ? ` · ${t('strategies.crossCuttingShort')}` : ''} · {t('strategies.members', { count: members(group.id) })}
          </span>
        </>
      )}
      fields={(group) => (
        <>
          <TextField label={t('strategies.name')} value={group.title} onChange={(title) => onChange(group.id, { title })} />
          <SelectField
            label={t('strategies.kind')}
            value={group.kind}
            options={vocabularyOptions(GROUP_KINDS, l)}
            onChange={(kind) => kind && onChange(group.id, { kind })}
          />
          <CheckboxField
            label={t('strategies.crossCutting')}
            checked={group.crossCutting}
            onChange={(crossCutting) => onChange(group.id, { crossCutting })}
          />
          <TextField
            label={t('strategies.description')}
            value={group.description}
            multiline
            onChange={(description) => onChange(group.id, { description })}
          />
        </>
      )}
    />
  );
}

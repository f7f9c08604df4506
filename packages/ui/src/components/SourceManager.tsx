import { useState } from 'react';
import type { Document, Localized, Source } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { TextField, type FieldError } from './fields.js';
import { ItemList } from './ItemList.js';

export interface SourceManagerProps {
  readonly document: Document;
  readonly onAdd: () => void;
  readonly onChange: (id: string, changes: Partial<Omit<Source, 'id'>>) => Localized | undefined;
  readonly onRemove: (id: string) => void;
}

/**
 * The frameworks and sources the plan follows or cites (the national
 * building blocks, the Rutgers eight-point plan, a regional monitor), each
 * with an optional link. A link the format refuses shows why.
 *
 * @example
 * <SourceManager document={doc} onAdd={add} onChange={update} onRemove={remove} />
 */
export function SourceManager({ document, onAdd, onChange, onRemove }: SourceManagerProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const change = (id: string, field: string, changes: Partial<Omit<Source, 'id'>>) => {
    const error = onChange(id, changes);
    setErrors((previous) => ({ ...previous, [`${id}:${field}`]: error }));
  };
  return (
    <ItemList
      title={t('sources.title')}
      items={document.sources}
      addLabel={t('sources.add')}
      removeLabel={t('sources.remove')}
      onAdd={onAdd}
      onRemove={onRemove}
      summary={(source) => <strong>{source.title || t('node.untitled')}</strong>}
      fields={(source) => (
        <>
          <TextField
            label={t('sources.name')}
            value={source.title}
            onChange={(title) => change(source.id, 'title', { title })}
            error={errors[`${source.id}:title`]}
          />
          <TextField
            label={t('sources.link')}
            value={source.link ?? ''}
            onChange={(link) => change(source.id, 'link', { link: link || undefined })}
            error={errors[`${source.id}:link`]}
          />
          <TextField
            label={t('sources.description')}
            value={source.description}
            multiline
            onChange={(description) => change(source.id, 'description', { description })}
          />
        </>
      )}
    />
  );
}

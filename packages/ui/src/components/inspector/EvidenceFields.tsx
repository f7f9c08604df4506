/** The inspector's fields for the evidence of a card or connection. */
import { type Evidence } from '@veranderlogica/core';
import { useTranslation } from '../../i18n/translate.js';
import { TextField, type FieldError } from '../fields.js';

/** Source and link of the evidence for a card or connection; empty source and link remove it. */
export function EvidenceFields({
  evidence,
  onChange,
  error,
}: {
  evidence: Evidence | undefined;
  onChange: (evidence: Evidence | undefined) => void;
  error: FieldError;
}) {
  const { t } = useTranslation();
  const next = (source: string, link: string): Evidence | undefined => (source || link ? { source, ...(link ? { link } : {}) } : undefined);
  return (
    <>
      <TextField
        name="evidenceSource"
        label={t('inspector.field.evidenceSource')}
        value={evidence?.source ?? ''}
        multiline
        onChange={(v) => onChange(next(v, evidence?.link ?? ''))}
      />
      <TextField
        name="evidenceLink"
        label={t('inspector.field.evidenceLink')}
        value={evidence?.link ?? ''}
        error={error}
        onChange={(v) => onChange(next(evidence?.source ?? '', v))}
      />
    </>
  );
}

/** The dictionary key of a field's label: every field key of every kind has one (the type says so). */

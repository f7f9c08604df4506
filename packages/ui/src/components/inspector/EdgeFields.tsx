/** The inspector for a connection. */
import { CONFIDENCES, type Document, type Edge } from '@veranderlogica/core';
import { useTranslation } from '../../i18n/translate.js';
import { SelectField, TextField } from '../fields.js';
import { type ApplyChange, options, useFieldErrors } from './shared.js';
import { EvidenceFields } from './EvidenceFields.js';

export function EdgeFields({ document, edge, apply }: { document: Document; edge: Edge; apply: ApplyChange }) {
  const { t, l } = useTranslation();
  const { errors, change } = useFieldErrors(apply);
  const title = (id: string) => document.nodes.find((node) => node.id === id)?.title.trim() || t('node.untitled');
  return (
    <>
      <p className="vl-inspector__edge">{t('inspector.edgeFromTo', { from: title(edge.source), to: title(edge.target) })}</p>
      <TextField
        name="rationale"
        label={t('inspector.field.rationale')}
        value={edge.rationale}
        multiline
        onChange={(v) => change('rationale', { rationale: v })}
        error={errors.rationale}
      />
      <SelectField
        name="confidence"
        label={t('inspector.field.confidence')}
        value={edge.confidence}
        options={options(CONFIDENCES, l)}
        allowNone
        onChange={(v) => change('confidence', { confidence: v })}
      />
      <EvidenceFields evidence={edge.evidence} onChange={(v) => change('evidence', { evidence: v })} error={errors.evidence} />
    </>
  );
}

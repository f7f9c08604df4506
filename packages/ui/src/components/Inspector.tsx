import { useState } from 'react';
import {
  AREAS,
  CONFIDENCES,
  FREQUENCIES,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  INDICATOR_TYPES,
  INTERVENTION_STATUSES,
  NODE_KINDS,
  OUTCOME_HORIZONS,
  RISKS,
  SCOPE_LEVELS,
  SPHERES,
  type Document,
  type Edge,
  type Localized,
  type Measurement,
  type ToCNode,
} from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { CheckboxField, CheckListField, ListField, SelectField, TextField, vocabularyOptions, type FieldError } from './fields.js';

/** Applies a change and returns the core's reason when it refuses it. */
export type ApplyChange = (changes: Record<string, unknown>, field: string) => Localized | undefined;

export interface InspectorProps {
  readonly document: Document;
  readonly node?: ToCNode;
  readonly edge?: Edge;
  readonly onNodeChange: (id: string, changes: Record<string, unknown>, field: string) => Localized | undefined;
  readonly onEdgeChange: (id: string, changes: Record<string, unknown>, field: string) => Localized | undefined;
  readonly onDocumentChange: (changes: Record<string, unknown>, field: string) => Localized | undefined;
  readonly onDelete: (id: string) => void;
  /** Pins or unpins the selected card's position; absent when the editor offers no pinning. */
  readonly onPin?: (id: string, pinned: boolean) => void;
}

const options = vocabularyOptions;

/** Holds the last error per field, so the user sees why a value was refused. */
function useFieldErrors(apply: ApplyChange) {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const change = (field: string, changes: Record<string, unknown>) => {
    const error = apply(changes, field);
    setErrors((previous) => ({ ...previous, [field]: error }));
  };
  return { errors, change };
}

function MeasurementField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: Measurement | undefined;
  onChange: (value: Measurement | undefined) => void;
  error: FieldError;
}) {
  const { t, language } = useTranslation();
  const [draft, setDraft] = useState({ value: value?.value.toString() ?? '', date: value?.date ?? '' });
  const commit = (next: { value: string; date: string }) => {
    setDraft(next);
    if (next.value.trim() === '' && next.date === '') onChange(undefined);
    else if (next.value.trim() !== '' && next.date !== '') onChange({ value: Number(next.value.replace(',', '.')), date: next.date });
  };
  return (
    <fieldset className={`vl-field vl-measurement${error ? ' vl-field--invalid' : ''}`}>
      <legend>{label}</legend>
      <input
        aria-label={`${label}: ${t('inspector.field.value')}`}
        inputMode="decimal"
        value={draft.value}
        onChange={(e) => commit({ ...draft, value: e.target.value })}
      />
      <input
        aria-label={`${label}: ${t('inspector.field.date')}`}
        type="date"
        value={draft.date}
        onChange={(e) => commit({ ...draft, date: e.target.value })}
      />
      {error && (
        <p className="vl-field__error" role="alert">
          {error[language]}
        </p>
      )}
    </fieldset>
  );
}

function NodeFields({ document, node, apply }: { document: Document; node: ToCNode; apply: ApplyChange }) {
  const { t, language } = useTranslation();
  const { errors, change } = useFieldErrors(apply);
  const set = (field: string, value: unknown) => change(field, { [field]: value });
  const actorOptions = document.actors.map((actor) => ({ value: actor.id, label: actor.name || actor.id }));
  return (
    <>
      <TextField
        name="title"
        label={t('inspector.field.title')}
        value={node.title}
        onChange={(v) => set('title', v)}
        error={errors.title}
      />
      <TextField
        name="description"
        label={t('inspector.field.description')}
        value={node.description}
        onChange={(v) => set('description', v)}
        multiline
        error={errors.description}
      />
      <ListField label={t('inspector.field.tags')} values={node.tags} separator="," onChange={(v) => set('tags', v)} error={errors.tags} />
      {node.kind === 'goal' && (
        <>
          <SelectField
            name="level"
            label={t('inspector.field.level')}
            value={node.level}
            options={options(GOAL_LEVELS, language)}
            onChange={(v) => set('level', v)}
          />
          <SelectField
            name="horizon"
            label={t('inspector.field.horizon')}
            value={node.horizon}
            options={options(GOAL_HORIZONS, language)}
            onChange={(v) => set('horizon', v)}
          />
          <SelectField
            name="sphere"
            label={t('inspector.field.sphere')}
            value={node.sphere}
            options={options(SPHERES, language)}
            onChange={(v) => set('sphere', v)}
          />
        </>
      )}
      {node.kind === 'outcome' && (
        <>
          <SelectField
            name="horizon"
            label={t('inspector.field.horizon')}
            value={node.horizon}
            options={options(OUTCOME_HORIZONS, language)}
            onChange={(v) => set('horizon', v)}
          />
          <SelectField
            name="sphere"
            label={t('inspector.field.sphere')}
            value={node.sphere}
            options={options(SPHERES, language)}
            onChange={(v) => set('sphere', v)}
          />
        </>
      )}
      {node.kind === 'intervention' && (
        <>
          <SelectField
            name="area"
            label={t('inspector.field.area')}
            value={node.area}
            options={options(AREAS, language)}
            onChange={(v) => set('area', v)}
          />
          <SelectField
            name="status"
            label={t('inspector.field.status')}
            value={node.status}
            options={options(INTERVENTION_STATUSES, language)}
            onChange={(v) => set('status', v)}
          />
          <CheckboxField
            name="priority"
            label={t('inspector.field.priority')}
            checked={node.priority}
            onChange={(v) => set('priority', v)}
          />
          <CheckListField
            label={t('inspector.field.actors')}
            options={actorOptions}
            selected={node.actors}
            onChange={(v) => set('actors', v)}
          />
          <CheckListField
            label={t('inspector.field.targetGroups')}
            options={document.targetGroups.map((group) => ({ value: group.id, label: group.name }))}
            selected={node.targetGroups}
            onChange={(v) => set('targetGroups', v)}
          />
          <TextField
            name="evidenceSource"
            label={t('inspector.field.evidenceSource')}
            value={node.evidence?.source ?? ''}
            onChange={(v) => change('evidence', { evidence: v || node.evidence?.link ? { ...node.evidence, source: v } : undefined })}
          />
          <TextField
            name="evidenceLink"
            label={t('inspector.field.evidenceLink')}
            value={node.evidence?.link ?? ''}
            error={errors.evidence}
            onChange={(v) => change('evidence', { evidence: { source: node.evidence?.source ?? '', ...(v ? { link: v } : {}) } })}
          />
        </>
      )}
      {node.kind === 'indicator' && (
        <>
          <SelectField
            name="type"
            label={t('inspector.field.type')}
            value={node.type}
            options={options(INDICATOR_TYPES, language)}
            onChange={(v) => set('type', v)}
          />
          <TextField name="unit" label={t('inspector.field.unit')} value={node.unit} onChange={(v) => set('unit', v)} error={errors.unit} />
          <MeasurementField
            key={`${node.id}-baseline`}
            label={t('inspector.field.baseline')}
            value={node.baseline}
            onChange={(v) => set('baseline', v)}
            error={errors.baseline}
          />
          <MeasurementField
            key={`${node.id}-target`}
            label={t('inspector.field.target')}
            value={node.target}
            onChange={(v) => set('target', v)}
            error={errors.target}
          />
          <TextField
            name="source"
            label={t('inspector.field.source')}
            value={node.source}
            onChange={(v) => set('source', v)}
            error={errors.source}
          />
          <SelectField
            name="frequency"
            label={t('inspector.field.frequency')}
            value={node.frequency}
            options={options(FREQUENCIES, language)}
            onChange={(v) => set('frequency', v)}
          />
          <SelectField
            name="owner"
            label={t('inspector.field.owner')}
            value={node.owner}
            options={actorOptions}
            allowNone
            onChange={(v) => set('owner', v)}
          />
        </>
      )}
      {node.kind === 'assumption' && (
        <SelectField
          name="risk"
          label={t('inspector.field.risk')}
          value={node.risk}
          options={options(RISKS, language)}
          onChange={(v) => set('risk', v)}
        />
      )}
    </>
  );
}

function EdgeFields({ document, edge, apply }: { document: Document; edge: Edge; apply: ApplyChange }) {
  const { t, language } = useTranslation();
  const { errors, change } = useFieldErrors(apply);
  const title = (id: string) => document.nodes.find((node) => node.id === id)?.title ?? id;
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
        options={options(CONFIDENCES, language)}
        allowNone
        onChange={(v) => change('confidence', { confidence: v })}
      />
    </>
  );
}

function DocumentFields({ document, apply }: { document: Document; apply: ApplyChange }) {
  const { t, language } = useTranslation();
  const { errors, change } = useFieldErrors(apply);
  return (
    <>
      <TextField
        name="docTitle"
        label={t('inspector.field.title')}
        value={document.title}
        onChange={(v) => change('title', { title: v })}
        error={errors.title}
      />
      <TextField
        name="docDescription"
        label={t('inspector.field.description')}
        value={document.description}
        multiline
        onChange={(v) => change('description', { description: v })}
      />
      <SelectField
        name="scopeLevel"
        label={t('inspector.field.scopeLevel')}
        value={document.scope.level}
        options={options(SCOPE_LEVELS, language)}
        onChange={(v) => change('scope', { scope: { level: v } })}
      />
      <TextField
        name="scopeName"
        label={t('inspector.field.scopeName')}
        value={document.scope.name}
        onChange={(v) => change('scopeName', { scope: { name: v } })}
        error={errors.scopeName}
      />
      <SelectField
        name="language"
        label={t('inspector.field.language')}
        value={document.language}
        options={[
          { value: 'nl', label: 'Nederlands' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(v) => change('language', { language: v })}
      />
      <TextField
        name="problem"
        label={t('inspector.field.problem')}
        value={document.context.problem}
        multiline
        onChange={(v) => change('problem', { context: { problem: v } })}
      />
    </>
  );
}

/**
 * Every field of the selected card, connection, or (with nothing selected)
 * the document itself. Changes go to the editor as operations; a value the
 * core refuses shows its reason under the field and changes nothing.
 */
export function Inspector({ document, node, edge, onNodeChange, onEdgeChange, onDocumentChange, onDelete, onPin }: InspectorProps) {
  const { t, language } = useTranslation();
  return (
    <section className="vl-panel vl-inspector" aria-label={t('inspector.title')}>
      <h2 className="vl-panel__title">
        {node ? NODE_KINDS.labels[node.kind][language] : edge ? t('inspector.edge') : t('inspector.document')}
      </h2>
      {node && (
        <NodeFields key={node.id} document={document} node={node} apply={(changes, field) => onNodeChange(node.id, changes, field)} />
      )}
      {edge && (
        <EdgeFields key={edge.id} document={document} edge={edge} apply={(changes, field) => onEdgeChange(edge.id, changes, field)} />
      )}
      {!node && !edge && <DocumentFields document={document} apply={onDocumentChange} />}
      {node && onPin && (
        <CheckboxField
          name="pinned"
          label={t('inspector.pinned')}
          checked={document.layout?.positions[node.id]?.pinned === true}
          onChange={(pinned) => onPin(node.id, pinned)}
        />
      )}
      {(node || edge) && (
        <button type="button" className="vl-button vl-button--danger" onClick={() => onDelete((node ?? edge)!.id)}>
          {t('inspector.delete')}
        </button>
      )}
      {!node && !edge && <p className="vl-hint">{t('inspector.nothing')}</p>}
    </section>
  );
}

import { useState } from 'react';
import {
  CONFIDENCES,
  documentAreas,
  indicatorProgress,
  listTopics,
  progressThresholds,
  readDate,
  readNumber as readTypedNumber,
  NODE_KIND_SPECS,
  NODE_KINDS,
  newId,
  SCOPE_LEVELS,
  positionOf,
  topicOf,
  type Document,
  type FieldEditor,
  type FieldSpec,
  type NodeKind,
  type Edge,
  type Evidence,
  type Language,
  type Localized,
  type Measurement,
  type ToCNode,
} from '@veranderlogica/core';
import type { MessageKey } from '../i18n/messages.js';
import { useTranslation } from '../i18n/translate.js';
import {
  CheckboxField,
  CheckListField,
  FieldErrorText,
  ListField,
  SelectField,
  TextField,
  vocabularyOptions,
  type FieldError,
} from './fields.js';
import { MeasurementTable, typedDate, typedNumber } from './Progress.js';

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

/** Applies a change to one field of the inspector, remembering the core's reason if it refuses. */
type ChangeField = (field: string, changes: Record<string, unknown>) => void;

/** Holds the last error per field, so the user sees why a value was refused. */
function useFieldErrors(apply: ApplyChange) {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const change: ChangeField = (field, changes) => {
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
  defaultDate,
}: {
  label: string;
  value: Measurement | undefined;
  onChange: (value: Measurement | undefined) => void;
  error: FieldError;
  /** The date a typed value takes while no date is typed (a year, from the plan period), shown in the field. */
  defaultDate?: string;
}) {
  const { t, language } = useTranslation();
  const [draft, setDraft] = useState(value === undefined ? { value: '', date: '' } : rowsOf([value], language)[0]!);
  const commit = (typed: { value: string; date: string }) => {
    const next =
      typed.value.trim() !== '' && typed.date.trim() === '' && defaultDate && draft.date.trim() === ''
        ? { ...typed, date: defaultDate }
        : typed;
    setDraft(next);
    const date = readDate(next.date);
    if (next.value.trim() === '' && next.date.trim() === '') onChange(undefined);
    else if (next.value.trim() !== '' && date.ok) onChange({ value: readNumber(next.value), date: date.value });
  };
  const unreadable = draft.date.trim() !== '' && !readDate(draft.date).ok;
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
        placeholder={t('inspector.field.datePlaceholder')}
        aria-invalid={unreadable || undefined}
        value={draft.date}
        onChange={(e) => commit({ ...draft, date: e.target.value })}
      />
      {unreadable && <p className="vl-field__error">{t('series.badDate')}</p>}
      <FieldErrorText error={error} />
    </fieldset>
  );
}

/** A number typed the Dutch or the English way ("12,5", "1.234,5", "12.5"); NaN when it does not read, which the format refuses with a message. */
function readNumber(text: string): number {
  const read = readTypedNumber(text);
  return read.ok ? read.value : Number.NaN;
}

type MeasurementRow = { value: string; date: string };
// Dates are typed the Dutch way (31-12-2026, a year, a quarter), as measurements are: never the browser's date picker,
// which speaks the browser's locale (mm/dd/yyyy in an English one).
const rowsOf = (values: readonly Measurement[], language: Language): MeasurementRow[] =>
  values.map((m) => ({ value: typedNumber(m.value, language), date: typedDate(m.date) }));
const isoOf = (typed: string) => {
  const date = readDate(typed);
  return date.ok ? date.value : undefined;
};
const completeRows = (rows: readonly MeasurementRow[]) => rows.filter((row) => row.value.trim() !== '' && isoOf(row.date) !== undefined);
const sameValues = (rows: readonly MeasurementRow[], values: readonly Measurement[]) => {
  const complete = completeRows(rows);
  return (
    complete.length === values.length &&
    complete.every((row, i) => readNumber(row.value) === values[i]!.value && isoOf(row.date) === values[i]!.date)
  );
};

/**
 * A list of values with dates (targets, measurements) as rows. A row counts
 * once it has both a value and a date; a half-typed row stays on screen.
 */
function MeasurementListField({
  label,
  values,
  onChange,
  error,
  defaultDate,
}: {
  label: string;
  values: readonly Measurement[];
  onChange: (values: Measurement[]) => void;
  error: FieldError;
  /** The date a new row starts with (the plan period's end year), changed by typing another. */
  defaultDate?: string;
}) {
  const { t, language } = useTranslation();
  const [draft, setDraft] = useState<MeasurementRow[]>(() => rowsOf(values, language));
  // After an undo the document wins over what was typed.
  const known = sameValues(draft, values) ? draft : rowsOf(values, language);
  // No value yet: one empty row to type in at once (its date the plan's end year, when there is a period).
  const rows = known.length === 0 ? [{ value: '', date: defaultDate ?? '' }] : known;
  const commit = (next: MeasurementRow[]) => {
    setDraft(next);
    const complete = completeRows(next);
    if (!sameValues(next, values) || complete.length !== values.length) {
      onChange(complete.map((row) => ({ value: readNumber(row.value), date: isoOf(row.date)! })));
    }
  };
  return (
    <fieldset className={`vl-field vl-measurements${error ? ' vl-field--invalid' : ''}`}>
      <legend>{label}</legend>
      {rows.map((row, i) => (
        <div className="vl-measurement" key={i}>
          <input
            aria-label={`${label} ${i + 1}: ${t('inspector.field.value')}`}
            inputMode="decimal"
            value={row.value}
            onChange={(e) => commit(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
          />
          <input
            aria-label={`${label} ${i + 1}: ${t('inspector.field.date')}`}
            placeholder={t('inspector.field.datePlaceholder')}
            aria-invalid={(row.date.trim() !== '' && isoOf(row.date) === undefined) || undefined}
            value={row.date}
            onChange={(e) => commit(rows.map((r, j) => (j === i ? { ...r, date: e.target.value } : r)))}
          />
          <button
            type="button"
            className="vl-button vl-button--small"
            aria-label={t('inspector.field.removeRow', { number: i + 1 })}
            onClick={() => commit(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="vl-button vl-button--small" onClick={() => setDraft([...rows, { value: '', date: '' }])}>
        {t('inspector.field.addRow')}
      </button>
      <FieldErrorText error={error} />
    </fieldset>
  );
}

/** Source and link of the evidence for a card or connection; empty source and link remove it. */
function EvidenceFields({
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
type FieldLabelKey = `inspector.field.${AnyFieldSpec['key']}`;
type AnyFieldSpec = { [K in NodeKind]: FieldSpec<K> }[NodeKind];
const labelKey = (key: AnyFieldSpec['key']): FieldLabelKey & MessageKey => `inspector.field.${key}`;

/**
 * One field of a card, edited with the control its kind's spec names. The
 * controls know nothing of kinds: a new field on a kind appears here once its
 * spec lists it.
 */
function NodeField({
  document,
  node,
  field,
  value,
  set,
  error,
}: {
  document: Document;
  node: ToCNode;
  field: AnyFieldSpec;
  value: unknown;
  set: (value: unknown) => void;
  error: FieldError;
}) {
  const { t, language } = useTranslation();
  const label = t(labelKey(field.key));
  const editor = field.editor;
  switch (editor.type) {
    case 'text':
      return (
        <TextField
          name={field.key}
          label={label}
          value={(value as string | undefined) ?? ''}
          multiline={editor.multiline}
          onChange={set}
          error={error}
        />
      );
    case 'link':
      return (
        <TextField
          name={field.key}
          label={label}
          value={(value as string | undefined) ?? ''}
          onChange={(v) => set(v || undefined)}
          error={error}
        />
      );
    case 'list':
      return <ListField label={label} values={(value as string[] | undefined) ?? []} separator="," onChange={set} error={error} />;
    case 'choice':
    case 'area':
    case 'group':
    case 'partner': {
      const { options, allowNone } = selectOptions(editor, document, language, t);
      return (
        <SelectField
          name={field.key}
          label={label}
          value={value as string | undefined}
          options={options}
          allowNone={allowNone}
          onChange={set}
          error={error}
        />
      );
    }
    case 'toggle':
      return <CheckboxField name={field.key} label={label} checked={value === true} onChange={set} />;
    case 'partners':
    case 'target-groups': {
      const options =
        editor.type === 'partners'
          ? named(document.actors, (actor) => actor.name, t)
          : named(document.targetGroups, (group) => group.name, t);
      return <CheckListField label={label} options={options} selected={(value as string[] | undefined) ?? []} onChange={set} />;
    }
    case 'measurement':
      return (
        <MeasurementField
          key={`${node.id}-${field.key}`}
          label={label}
          value={value as Measurement | undefined}
          onChange={set}
          error={error}
          // A baseline is measured before the plan starts; without a date of its own it takes the year before.
          {...(document.scope.period && { defaultDate: String(document.scope.period.start - 1) })}
        />
      );
    case 'series':
      return node.kind === 'indicator' ? (
        <MeasurementTable key={node.id} indicator={node} progress={indicatorProgress(node, progressThresholds(document))} onChange={set} />
      ) : null;
    case 'measurements':
      return (
        <MeasurementListField
          label={label}
          values={(value as Measurement[] | undefined) ?? []}
          onChange={set}
          error={error}
          // A target is for the end of the plan period unless another date is typed.
          {...(document.scope.period && { defaultDate: String(document.scope.period.end) })}
        />
      );
    case 'evidence':
      return (
        <fieldset className="vl-field vl-evidence">
          <legend>{label}</legend>
          <EvidenceFields evidence={value as Evidence | undefined} onChange={set} error={error} />
        </fieldset>
      );
  }
}

/** Things with ids as options, named by their name or "(zonder titel)". */
function named<T extends { readonly id: string }>(items: readonly T[], name: (item: T) => string, t: (key: 'node.untitled') => string) {
  return items.map((item) => ({ value: item.id, label: name(item) || t('node.untitled') }));
}

/** The options of a field edited by choosing one value, and whether it may stay empty. */
function selectOptions(
  editor: Extract<FieldEditor, { type: 'choice' | 'area' | 'group' | 'partner' }>,
  document: Document,
  language: Language,
  t: (key: 'node.untitled') => string,
): { options: { value: string; label: string }[]; allowNone: boolean } {
  switch (editor.type) {
    case 'choice':
      return { options: vocabularyOptions(editor.options, language), allowNone: false };
    case 'area':
      return { options: documentAreas(document).map((area) => ({ value: area.id, label: area.label[language] })), allowNone: false };
    case 'group':
      return { options: named(document.groups, (group) => group.title, t), allowNone: true };
    case 'partner':
      return { options: named(document.actors, (actor) => actor.name, t), allowNone: true };
  }
}

/** Every field of a card, in the order its kind's spec lists them. */
function NodeFields({ document, node, apply }: { document: Document; node: ToCNode; apply: ApplyChange }) {
  const { errors, change } = useFieldErrors(apply);
  const fields: readonly AnyFieldSpec[] = NODE_KIND_SPECS[node.kind].fields;
  return (
    <>
      {fields.map((field) => (
        <NodeField
          key={field.key}
          document={document}
          node={node}
          field={field}
          value={(node as Record<string, unknown>)[field.key]}
          set={(value) => change(field.key, { [field.key]: value })}
          error={errors[field.key]}
        />
      ))}
    </>
  );
}

function EdgeFields({ document, edge, apply }: { document: Document; edge: Edge; apply: ApplyChange }) {
  const { t, language } = useTranslation();
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
        options={options(CONFIDENCES, language)}
        allowNone
        onChange={(v) => change('confidence', { confidence: v })}
      />
      <EvidenceFields evidence={edge.evidence} onChange={(v) => change('evidence', { evidence: v })} error={errors.evidence} />
    </>
  );
}

/** A year typed in a field: a whole number, or `undefined` while it is empty or not a number. */
const readYear = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** The plan period as two years; both are needed before it is stored. */
function PeriodFields({ document, change, error }: { document: Document; change: ChangeField; error: FieldError }) {
  const { t } = useTranslation();
  const period = document.scope.period;
  const stored = { start: String(period?.start ?? ''), end: String(period?.end ?? '') };
  const [draft, setDraft] = useState(stored);
  // Another plan opened, an undo, a change from the room: the fields show the plan's period, not the last typing
  // (a half-typed period the plan does not hold yet stays while it is the same plan and period).
  const [shown, setShown] = useState({ id: document.id, start: period?.start, end: period?.end });
  if (shown.id !== document.id || shown.start !== period?.start || shown.end !== period?.end) {
    setShown({ id: document.id, start: period?.start, end: period?.end });
    setDraft(stored);
  }
  const commit = (next: { start: string; end: string }) => {
    setDraft(next);
    const start = readYear(next.start);
    const end = readYear(next.end);
    if (start !== undefined && end !== undefined) change('period', { scope: { period: { start, end } } });
    else if (next.start.trim() === '' && next.end.trim() === '' && period) change('period', { scope: { period: undefined } });
  };
  return (
    <>
      <TextField
        name="periodStart"
        label={t('inspector.field.periodStart')}
        value={draft.start}
        onChange={(v) => commit({ ...draft, start: v })}
      />
      <TextField
        name="periodEnd"
        label={t('inspector.field.periodEnd')}
        value={draft.end}
        onChange={(v) => commit({ ...draft, end: v })}
        error={error}
      />
    </>
  );
}

/** The document's own areas, or the five national ones: a list of labels, each kept under its id. */
function AreasField({ document, change, error }: { document: Document; change: ChangeField; error: FieldError }) {
  const { t } = useTranslation();
  const own = document.areas !== undefined;
  const areas = documentAreas(document);
  const store = (next: readonly { id: string; label: string }[] | undefined) => change('areas', { areas: next });
  const asOwn = () => areas.map((area) => ({ id: area.id, label: area.label[document.language] }));
  return (
    <fieldset className={`vl-field vl-areas${error ? ' vl-field--invalid' : ''}`}>
      <legend>{t('inspector.field.areas')}</legend>
      <CheckboxField
        name="ownAreas"
        label={t('inspector.field.ownAreas')}
        checked={own}
        onChange={(checked) => store(checked ? asOwn() : undefined)}
      />
      {own &&
        document.areas!.map((area, i) => (
          <div className="vl-measurement" key={area.id}>
            <input
              aria-label={t('inspector.field.areaLabel', { number: i + 1 })}
              value={area.label}
              onChange={(e) => store(document.areas!.map((a, j) => (j === i ? { ...a, label: e.target.value } : a)))}
            />
            <button
              type="button"
              className="vl-button vl-button--small"
              aria-label={t('inspector.field.removeArea', { number: i + 1 })}
              disabled={document.areas!.length === 1}
              onClick={() => store(document.areas!.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        ))}
      {own && (
        <button
          type="button"
          className="vl-button vl-button--small"
          onClick={() =>
            store([...document.areas!, { id: newId('area', (id) => areas.some((a) => a.id === id)), label: t('inspector.field.newArea') }])
          }
        >
          {t('inspector.field.addArea')}
        </button>
      )}
      <FieldErrorText error={error} />
    </fieldset>
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
        name="topic"
        label={t('inspector.field.topic')}
        value={topicOf(document).id}
        options={listTopics().map((topic) => ({ value: topic.id, label: topic.title[language] }))}
        onChange={(v) => change('topic', { topic: v })}
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
      <PeriodFields document={document} change={change} error={errors.period} />
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
      <AreasField document={document} change={change} error={errors.areas} />
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
          checked={positionOf(document, node.id)?.pinned === true}
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

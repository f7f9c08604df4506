/** The inspector for a card: every field its kind's spec lists, each with the control the spec names. */
import { indicatorProgress, progressThresholds } from '@veranderlogica/core/measurements';
import {
  NODE_KIND_SPECS,
  type Document,
  type FieldSpec,
  type NodeKind,
  type Evidence,
  type Measurement,
  type ToCNode,
} from '@veranderlogica/core';
import type { MessageKey } from '../../i18n/messages.js';
import { useTranslation } from '../../i18n/translate.js';
import { CheckboxField, CheckListField, ListField, SelectField, TextField, type FieldError } from '../fields.js';
import { MeasurementTable } from '../Progress.js';
import { type ApplyChange, useFieldErrors, named, selectOptions } from './shared.js';
import { MeasurementField, MeasurementListField } from './MeasurementFields.js';
import { EvidenceFields } from './EvidenceFields.js';
import { RecognitionFields } from './RecognitionFields.js';
import { ParentCardsField, type ParentPlan } from './ParentCardsField.js';
import type { Recognition } from '@veranderlogica/core/review';

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
  parent,
}: {
  document: Document;
  node: ToCNode;
  field: AnyFieldSpec;
  value: unknown;
  set: (value: unknown) => void;
  error: FieldError;
  parent: ParentPlan | undefined;
}) {
  const { t, l } = useTranslation();
  // A field only one kind has may name itself in its kind's module; the shared ones are named by the interface.
  const label = field.label ? l(field.label) : t(labelKey(field.key));
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
      const { options, allowNone } = selectOptions(editor, document, l, t);
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
    case 'parent-cards':
      return (
        <ParentCardsField
          document={document}
          label={label}
          value={value as string[] | undefined}
          parent={parent}
          onChange={set}
          error={error}
        />
      );
    case 'recognition':
      return (
        <fieldset className="vl-field vl-evidence">
          <legend>{label}</legend>
          <RecognitionFields recognition={value as Recognition | undefined} onChange={set} error={error} />
        </fieldset>
      );
  }
}

/** Every field of a card, in the order its kind's spec lists them. */
export function NodeFields({
  document,
  node,
  apply,
  parent,
}: {
  document: Document;
  node: ToCNode;
  apply: ApplyChange;
  /** The parent plan (a region's), when it is open: its cards to contribute to. */
  parent?: ParentPlan | undefined;
}) {
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
          parent={parent}
        />
      ))}
    </>
  );
}

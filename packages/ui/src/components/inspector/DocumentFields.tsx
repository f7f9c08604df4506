/** The inspector for the plan itself, when nothing is selected: title, scope, period, areas, language. */
import { useState } from 'react';
import { type Document, documentAreas, languageInfo, LANGUAGES, newId, SCOPE_LEVELS } from '@veranderlogica/core';
import { listTopics, topicOf } from '@veranderlogica/core/workshop';
import { useTranslation } from '../../i18n/translate.js';
import { CheckboxField, FieldErrorText, SelectField, TextField, type FieldError } from '../fields.js';
import { type ApplyChange, options, type ChangeField, useFieldErrors } from './shared.js';

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

export function DocumentFields({
  document,
  apply,
  parents = [],
}: {
  document: Document;
  apply: ApplyChange;
  /** Plans this one may name as its parent: a region's plans open beside it. */
  parents?: readonly { readonly id: string; readonly title: string }[];
}) {
  const { t, l } = useTranslation();
  const { errors, change } = useFieldErrors(apply);
  // The parent it names stays among the choices even when it is not open.
  const choices = [
    ...parents.filter((plan) => plan.id !== document.id),
    ...(document.parent && !parents.some((plan) => plan.id === document.parent!.id)
      ? [{ id: document.parent.id, title: document.parent.title ?? document.parent.id }]
      : []),
  ];
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
      {choices.length > 0 && (
        <SelectField
          name="parent"
          label={t('document.parent')}
          value={document.parent?.id}
          allowNone
          options={choices.map((plan) => ({ value: plan.id, label: plan.title }))}
          onChange={(id) => {
            const chosen = choices.find((plan) => plan.id === id);
            change('parent', { parent: chosen ? { id: chosen.id, title: chosen.title } : undefined });
          }}
        />
      )}
      <SelectField
        name="topic"
        label={t('inspector.field.topic')}
        value={topicOf(document).id}
        options={listTopics().map((topic) => ({ value: topic.id, label: l(topic.title) }))}
        onChange={(v) => change('topic', { topic: v })}
      />
      <SelectField
        name="scopeLevel"
        label={t('inspector.field.scopeLevel')}
        value={document.scope.level}
        options={options(SCOPE_LEVELS, l)}
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
        options={LANGUAGES.map((language) => ({ value: language, label: languageInfo(language).name }))}
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

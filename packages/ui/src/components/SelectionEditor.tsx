import { useEffect, useId, useRef } from 'react';
import { documentAreas, GOAL_HORIZONS, GOAL_LEVELS, OUTCOME_HORIZONS, type Document, type NodeKind } from '@veranderlogica/core';
import { selectionValues, type SelectionField } from '@veranderlogica/core/editing';
import { useTranslation } from '../i18n/translate.js';
import { vocabularyOptions } from './fields.js';

export interface SelectionEditorProps {
  readonly document: Document;
  /** The selected cards (two or more to show anything). */
  readonly selected: ReadonlySet<string>;
  /** Put a partner or target group on every selected intervention (`true`) or take it off every one (`false`). */
  readonly onAssign: (field: 'actors' | 'targetGroups', value: string, on: boolean) => void;
  /** Give the cards among `ids` the same value of `field` (`setOnSelection` in core). */
  readonly onSet: (field: SelectionField, value: unknown, ids: readonly string[]) => void;
}

/** A checkbox that can also show "some of them". */
function TriStateBox({
  checked,
  mixed,
  label,
  onChange,
}: {
  checked: boolean;
  mixed: boolean;
  label: string;
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <label className="vl-field vl-field--checkbox">
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        aria-checked={mixed ? 'mixed' : checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/** A select for a whole selection: it shows the shared value, or "verschillend" while the cards differ. */
function SharedSelect({
  label,
  values,
  options,
  allowNone,
  onChange,
}: {
  label: string;
  values: readonly unknown[];
  options: readonly { value: string; label: string }[];
  allowNone?: boolean;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const same = values.every((value) => value === values[0]);
  const current = same ? ((values[0] as string | undefined) ?? '') : '\u0000mixed';
  return (
    <div className="vl-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={current} onChange={(event) => onChange(event.target.value || undefined)}>
        {!same && (
          <option value={'\u0000mixed'} disabled>
            {t('selection.mixed')}
          </option>
        )}
        {(allowNone || (same && values[0] === undefined)) && <option value="">{t('inspector.none')}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Several cards edited at once: with two or more cards selected, one choice gives all of them (those that have the
 * field) a group, an area, partners, target groups, a priority, a term or a level. A box shows "some" and a list
 * "verschillend" when only part of the selection holds a value. Nine interventions into three groups: three
 * selections, three choices.
 *
 * @example
 * <SelectionEditor document={doc} selected={new Set(['int-a', 'int-b'])} onAssign={…} onSet={…} />
 */
export function SelectionEditor({ document, selected, onAssign, onSet }: SelectionEditorProps) {
  const { t, l } = useTranslation();
  const cards = document.nodes.filter((node) => selected.has(node.id));
  if (cards.length < 2) return null;
  const ofKind = (...kinds: NodeKind[]) => cards.filter((node) => kinds.includes(node.kind));
  const interventions = ofKind('intervention');
  const grouped = ofKind('intervention', 'mechanism', 'outcome');
  const goals = ofKind('goal');
  const outcomes = ofKind('outcome');
  const valuesOf = (field: SelectionField, nodes: readonly { id: string }[]) =>
    selectionValues(
      document,
      nodes.map((node) => node.id),
      field,
    ).map(([, value]) => value);
  const ids = (nodes: readonly { id: string }[]) => nodes.map((node) => node.id);
  const listHolders = (field: 'actors' | 'targetGroups', value: string) =>
    interventions.filter((node) => node.kind === 'intervention' && node[field].includes(value)).length;
  const checklist = (field: 'actors' | 'targetGroups', items: readonly { id: string; name: string }[], legend: string) => (
    <fieldset className="vl-checklist" aria-label={legend}>
      <legend className="vl-hint">{legend}</legend>
      {items.map((item) => {
        const holding = listHolders(field, item.id);
        return (
          <TriStateBox
            key={item.id}
            label={item.name || t('node.untitled')}
            checked={holding === interventions.length}
            mixed={holding > 0 && holding < interventions.length}
            onChange={(on) => onAssign(field, item.id, on)}
          />
        );
      })}
    </fieldset>
  );
  return (
    <section className="vl-panel vl-assign" aria-label={t('selection.title', { count: cards.length })}>
      <h2 className="vl-panel__title">{t('selection.title', { count: cards.length })}</h2>
      {grouped.length > 0 && document.groups.length > 0 && (
        <SharedSelect
          label={t('selection.group', { count: grouped.length })}
          values={valuesOf('group', grouped)}
          allowNone
          options={document.groups.map((group) => ({ value: group.id, label: group.title || t('node.untitled') }))}
          onChange={(value) => onSet('group', value, ids(grouped))}
        />
      )}
      {interventions.length > 0 && (
        <>
          <SharedSelect
            label={t('selection.area', { count: interventions.length })}
            values={valuesOf('area', interventions)}
            options={documentAreas(document).map((area) => ({ value: area.id, label: l(area.label) }))}
            onChange={(value) => value && onSet('area', value, ids(interventions))}
          />
          <TriStateBox
            label={t('selection.priority', { count: interventions.length })}
            checked={valuesOf('priority', interventions).every(Boolean)}
            mixed={valuesOf('priority', interventions).some(Boolean) && !valuesOf('priority', interventions).every(Boolean)}
            onChange={(on) => onSet('priority', on, ids(interventions))}
          />
          {document.actors.length === 0 ? (
            <p className="vl-muted">{t('assign.noPartners')}</p>
          ) : (
            checklist('actors', document.actors, t('assign.title', { count: interventions.length }))
          )}
          {document.targetGroups.length > 0 &&
            checklist('targetGroups', document.targetGroups, t('selection.targetGroups', { count: interventions.length }))}
        </>
      )}
      {goals.length > 0 && (
        <>
          <SharedSelect
            label={t('selection.level', { count: goals.length })}
            values={valuesOf('level', goals)}
            options={vocabularyOptions(GOAL_LEVELS, l)}
            onChange={(value) => value && onSet('level', value, ids(goals))}
          />
          <SharedSelect
            label={t('selection.goalHorizon', { count: goals.length })}
            values={valuesOf('horizon', goals)}
            options={vocabularyOptions(GOAL_HORIZONS, l)}
            onChange={(value) => value && onSet('horizon', value, ids(goals))}
          />
        </>
      )}
      {outcomes.length > 0 && (
        <SharedSelect
          label={t('selection.outcomeHorizon', { count: outcomes.length })}
          values={valuesOf('horizon', outcomes)}
          options={vocabularyOptions(OUTCOME_HORIZONS, l)}
          onChange={(value) => value && onSet('horizon', value, ids(outcomes))}
        />
      )}
    </section>
  );
}

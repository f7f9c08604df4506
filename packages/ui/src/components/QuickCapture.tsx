import { useId, useState } from 'react';
import {
  captureLines,
  matchTitle,
  documentAreas,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  NODE_KINDS,
  type Area,
  type AreaEntry,
  type GoalHorizon,
  type GoalLevel,
  type NodeKind,
} from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { SelectField, vocabularyOptions } from './fields.js';

/** Fields quick capture puts on every card it makes. */
export interface CaptureFields {
  readonly area?: Area;
  readonly level?: GoalLevel;
  readonly horizon?: GoalHorizon;
}

export interface QuickCaptureProps {
  readonly kind: NodeKind;
  /** The areas an intervention can be in: the document's own, or the five default ones (`documentAreas`). */
  readonly areas?: readonly AreaEntry[];
  /** Called with the typed or pasted text; one card per line. With the area chosen for interventions, level and horizon for goals. */
  readonly onCapture: (text: string, fields: CaptureFields, link: CaptureLink) => void;
  /**
   * The cards a new card may lead to (`captureTargets` in core). When given, a "leidt tot…" field picks one by
   * typing part of its title, and every captured card is connected to it: a chain without the mouse.
   */
  readonly targets?: readonly { readonly id: string; readonly title: string }[];
}

/** The card the captured cards lead to, if one was picked. */
export interface CaptureLink {
  readonly leadsTo?: string;
}

/**
 * One field for capturing cards at the pace of a room: type a phrase and
 * press Enter for a card of the step's kind; paste several lines for as many
 * cards. Focus stays in the field for the next one.
 *
 * @example
 * <QuickCapture kind="goal" onCapture={(text) => capture('goal', text)} />
 */
export function QuickCapture({ kind, areas = documentAreas({}), onCapture, targets }: QuickCaptureProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [chosen, setArea] = useState<Area>(areas[0]?.id ?? 'prevention');
  // A chosen area the document no longer has falls back to its first.
  const area = areas.some((entry) => entry.id === chosen) ? chosen : (areas[0]?.id ?? chosen);
  const [level, setLevel] = useState<GoalLevel>('strategic');
  const [horizon, setHorizon] = useState<GoalHorizon>('long');
  const [added, setAdded] = useState(0);
  const [leadsToText, setLeadsToText] = useState('');
  const leadsTo = targets ? matchTitle(targets, leadsToText).item?.id : undefined;
  const label = NODE_KINDS.labels[kind][language];
  const submit = (value: string) => {
    const count = captureLines(value).length;
    if (count === 0) return;
    onCapture(value, kind === 'intervention' ? { area } : kind === 'goal' ? { level, horizon } : {}, leadsTo ? { leadsTo } : {});
    setAdded(count);
    setText('');
  };
  return (
    <section className="vl-panel vl-capture" aria-label={t('capture.label', { kind: label })}>
      <label className="vl-capture__label" htmlFor={id}>
        {t('capture.label', { kind: label })}
      </label>
      {kind === 'intervention' && (
        <SelectField
          label={t('capture.area')}
          value={area}
          options={areas.map((entry) => ({ value: entry.id, label: entry.label[language] }))}
          onChange={(v) => v && setArea(v)}
        />
      )}
      {kind === 'goal' && (
        <div className="vl-capture__goal">
          <SelectField
            label={t('inspector.field.level')}
            value={level}
            options={vocabularyOptions(GOAL_LEVELS, language)}
            onChange={(v) => v && setLevel(v)}
          />
          <SelectField
            label={t('inspector.field.horizon')}
            value={horizon}
            options={vocabularyOptions(GOAL_HORIZONS, language)}
            onChange={(v) => v && setHorizon(v)}
          />
        </div>
      )}
      {targets && targets.length > 0 && (
        <div className="vl-field vl-capture__link">
          <label htmlFor={`${id}-leads-to`}>{t('capture.leadsTo')}</label>
          <input
            id={`${id}-leads-to`}
            type="text"
            list={`${id}-targets`}
            value={leadsToText}
            placeholder={t('capture.leadsToPlaceholder')}
            aria-describedby={`${id}-leads-to-state`}
            onChange={(event) => setLeadsToText(event.target.value)}
          />
          <datalist id={`${id}-targets`}>
            {targets.map((target) => (
              <option key={target.id} value={target.title} />
            ))}
          </datalist>
          <span id={`${id}-leads-to-state`} className="vl-muted vl-capture__link-state">
            {leadsToText.trim() ? (leadsTo ? t('capture.leadsToChosen') : t('capture.leadsToNone')) : ''}
          </span>
        </div>
      )}
      <textarea
        id={id}
        className="vl-capture__input"
        rows={2}
        value={text}
        placeholder={t('capture.placeholder', { kind: label.toLowerCase() })}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            submit(text);
          }
        }}
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text/plain');
          if (!pasted.includes('\n')) return;
          // Several lines: one card each, straight away.
          event.preventDefault();
          submit(text + pasted);
        }}
      />
      <p className="vl-muted vl-capture__status" role="status">
        {added > 0 ? t('capture.added', { count: added }) : ''}
      </p>
    </section>
  );
}

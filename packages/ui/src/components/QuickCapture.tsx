import { useId, useState } from 'react';
import { captureLines, matchTitle } from '@veranderlogica/core/workshop';
import {
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
  /** The name typed in "Groep" (interventions): an existing group's, or a new one (`captureGroup` in core). */
  readonly groupName?: string;
  /** The name typed in "Partner" (interventions): an existing partner's, or a new one (`capturePartner` in core). */
  readonly partnerName?: string;
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
  /**
   * The cards a new card may come from (`captureSources` in core). When given, a "komt van…" field picks one the
   * same way, and it is connected to every captured card: mechanisms found after their interventions link back.
   */
  readonly sources?: readonly { readonly id: string; readonly title: string }[];
  /** An example title in the plan's subject (`topicOf(document).examples`), shown under the field. */
  readonly example?: string;
  /** The plan's groups and partners, offered in the "Groep" and "Partner" fields of interventions (a new name makes one). */
  readonly groups?: readonly string[];
  readonly partners?: readonly string[];
}

/** A text field with the names it may be: a typed name that is not among them is new. */
function NameField({
  label,
  names,
  value,
  onChange,
}: {
  label: string;
  names: readonly string[];
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="vl-field vl-capture__name">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" list={`${id}-names`} value={value} onChange={(event) => onChange(event.target.value)} />
      <datalist id={`${id}-names`}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}

/** The cards the captured cards lead to and come from, if picked. */
export interface CaptureLink {
  readonly leadsTo?: string;
  readonly comesFrom?: string;
}

/** A field that picks one card by typing part of its title, with what it picked said beside it. */
function CardPicker({
  label,
  cards,
  text,
  chosen,
  onText,
}: {
  label: string;
  cards: readonly { readonly id: string; readonly title: string }[];
  text: string;
  chosen: boolean;
  onText: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="vl-field vl-capture__link">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-cards`}
        value={text}
        placeholder={t('capture.leadsToPlaceholder')}
        aria-describedby={`${id}-state`}
        onChange={(event) => onText(event.target.value)}
      />
      <datalist id={`${id}-cards`}>
        {cards.map((card) => (
          <option key={card.id} value={card.title} />
        ))}
      </datalist>
      <span id={`${id}-state`} className="vl-muted vl-capture__link-state">
        {text.trim() ? (chosen ? t('capture.leadsToChosen') : t('capture.leadsToNone')) : ''}
      </span>
    </div>
  );
}

/**
 * One field for capturing cards at the pace of a room: type a phrase and
 * press Enter for a card of the step's kind; paste several lines for as many
 * cards. Focus stays in the field for the next one.
 *
 * @example
 * <QuickCapture kind="goal" onCapture={(text) => capture('goal', text)} />
 */
export function QuickCapture({
  kind,
  areas = documentAreas({}),
  onCapture,
  targets,
  sources,
  example,
  groups,
  partners,
}: QuickCaptureProps) {
  const { t, l } = useTranslation();
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
  const [comesFromText, setComesFromText] = useState('');
  const [groupName, setGroupName] = useState('');
  const [partnerName, setPartnerName] = useState('');
  const comesFrom = sources ? matchTitle(sources, comesFromText).item?.id : undefined;
  const label = l(NODE_KINDS.labels[kind]);
  const submit = (value: string) => {
    const count = captureLines(value).length;
    if (count === 0) return;
    const fields: CaptureFields =
      kind === 'intervention'
        ? { area, ...(groupName.trim() && { groupName }), ...(partnerName.trim() && { partnerName }) }
        : kind === 'goal'
          ? { level, horizon }
          : {};
    onCapture(value, fields, {
      ...(leadsTo && { leadsTo }),
      ...(comesFrom && { comesFrom }),
    });
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
          options={areas.map((entry) => ({ value: entry.id, label: l(entry.label) }))}
          onChange={(v) => v && setArea(v)}
        />
      )}
      {kind === 'intervention' && groups && (
        <div className="vl-capture__goal">
          <NameField label={t('capture.group')} names={groups} value={groupName} onChange={setGroupName} />
          {partners && <NameField label={t('capture.partner')} names={partners} value={partnerName} onChange={setPartnerName} />}
        </div>
      )}
      {kind === 'goal' && (
        <div className="vl-capture__goal">
          <SelectField
            label={t('inspector.field.level')}
            value={level}
            options={vocabularyOptions(GOAL_LEVELS, l)}
            onChange={(v) => v && setLevel(v)}
          />
          <SelectField
            label={t('inspector.field.horizon')}
            value={horizon}
            options={vocabularyOptions(GOAL_HORIZONS, l)}
            onChange={(v) => v && setHorizon(v)}
          />
        </div>
      )}
      {targets && targets.length > 0 && (
        <CardPicker label={t('capture.leadsTo')} cards={targets} text={leadsToText} chosen={!!leadsTo} onText={setLeadsToText} />
      )}
      {sources && sources.length > 0 && (
        <CardPicker label={t('capture.comesFrom')} cards={sources} text={comesFromText} chosen={!!comesFrom} onText={setComesFromText} />
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
      {example && <p className="vl-muted vl-capture__example">{t('capture.example', { example })}</p>}
      <p className="vl-muted vl-capture__status" role="status">
        {added > 0 ? t('capture.added', { count: added }) : ''}
      </p>
    </section>
  );
}

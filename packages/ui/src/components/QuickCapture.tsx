import { useId, useState } from 'react';
import { AREAS, captureLines, NODE_KINDS, type Area, type NodeKind } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface QuickCaptureProps {
  readonly kind: NodeKind;
  /** Called with the typed or pasted text; one card per line. For interventions, with the chosen area. */
  readonly onCapture: (text: string, fields: { area?: Area }) => void;
}

/**
 * One field for capturing cards at the pace of a room: type a phrase and
 * press Enter for a card of the step's kind; paste several lines for as many
 * cards. Focus stays in the field for the next one.
 *
 * @example
 * <QuickCapture kind="goal" onCapture={(text) => capture('goal', text)} />
 */
export function QuickCapture({ kind, onCapture }: QuickCaptureProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [area, setArea] = useState<Area>('prevention');
  const [added, setAdded] = useState(0);
  const label = NODE_KINDS.labels[kind][language];
  const submit = (value: string) => {
    const count = captureLines(value).length;
    if (count === 0) return;
    onCapture(value, kind === 'intervention' ? { area } : {});
    setAdded(count);
    setText('');
  };
  return (
    <section className="vl-panel vl-capture" aria-label={t('capture.label', { kind: label })}>
      <label className="vl-capture__label" htmlFor={id}>
        {t('capture.label', { kind: label })}
      </label>
      {kind === 'intervention' && (
        <label className="vl-capture__area">
          {t('capture.area')}{' '}
          <select value={area} onChange={(event) => setArea(event.target.value as Area)}>
            {AREAS.values.map((value) => (
              <option key={value} value={value}>
                {AREAS.labels[value][language]}
              </option>
            ))}
          </select>
        </label>
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

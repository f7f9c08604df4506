import { useState } from 'react';
import type { Document, ParkingLotItem } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface ParkingLotProps {
  readonly document: Document;
  readonly onAdd: (text: string) => void;
  readonly onChange: (id: string, changes: Partial<Omit<ParkingLotItem, 'id'>>) => void;
  readonly onRemove: (id: string) => void;
}

/**
 * The parking lot: open questions the room sets aside, stored in the
 * document and listed in the report until they are resolved.
 *
 * @example
 * <ParkingLot document={doc} onAdd={…} onChange={…} onRemove={…} />
 */
export function ParkingLot({ document, onAdd, onChange, onRemove }: ParkingLotProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const items = document.workshop?.parkingLot ?? [];
  const add = () => {
    if (!text.trim()) return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <section className="vl-panel vl-parking" aria-label={t('parking.title')}>
      <h2 className="vl-panel__title">{t('parking.title')}</h2>
      <form
        className="vl-parking__form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('parking.placeholder')}
          aria-label={t('parking.placeholder')}
        />
        <button type="submit" className="vl-button">
          {t('parking.add')}
        </button>
      </form>
      {items.length === 0 && <p className="vl-muted">{t('parking.none')}</p>}
      <ul className="vl-parking__list">
        {items.map((item) => (
          <li key={item.id} className={item.resolved ? 'vl-parking__item--resolved' : undefined}>
            <label>
              <input
                type="checkbox"
                checked={item.resolved}
                aria-label={t('parking.resolvedFor', { text: item.text })}
                onChange={(event) => onChange(item.id, { resolved: event.target.checked })}
              />{' '}
              <span>{item.text}</span>
            </label>
            <button
              type="button"
              className="vl-link"
              aria-label={t('parking.removeFor', { text: item.text })}
              onClick={() => onRemove(item.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The inspector's field for the cards of the parent plan (a region's) that a card contributes to. */
import { useId, useState } from 'react';
import { NODE_KINDS, type Document } from '@veranderlogica/core';
import { useTranslation } from '../../i18n/translate.js';
import type { FieldError } from '../fields.js';

/** The parent plan, when it is open beside this one, and how to go to one of its cards. */
export interface ParentPlan {
  readonly document: Document;
  readonly onOpen: (card: string) => void;
}

/**
 * The parent's cards a card contributes to: each a link that opens the parent at that card, with a button to take
 * it away; a field that finds a parent card by typing its title. Without the parent open, the links it has are
 * listed by id and the field says how to open it. A plan without a parent shows nothing.
 */
export function ParentCardsField({
  document,
  label,
  value,
  parent,
  onChange,
  error,
}: {
  document: Document;
  label: string;
  value: readonly string[] | undefined;
  parent: ParentPlan | undefined;
  onChange: (value: string[] | undefined) => void;
  error: FieldError;
}) {
  const { t, l } = useTranslation();
  const [typed, setTyped] = useState('');
  const list = useId();
  const links = value ?? [];
  if (!document.parent) return null;
  const parentName = parent?.document.title ?? document.parent.title ?? document.parent.id;
  const cards = parent?.document.nodes ?? [];
  const byId = new Map(cards.map((card) => [card.id, card]));
  const add = (text: string) => {
    const wanted = text.trim().toLocaleLowerCase();
    const found = cards.filter((card) => card.title.toLocaleLowerCase() === wanted);
    const card = found.length === 1 ? found[0] : cards.filter((c) => c.title.toLocaleLowerCase().includes(wanted)).at(0);
    if (!card || links.includes(card.id)) return;
    onChange([...links, card.id]);
    setTyped('');
  };
  return (
    <fieldset className="vl-field vl-parent-cards">
      <legend>{label}</legend>
      <ul>
        {links.map((id) => {
          const card = byId.get(id);
          return (
            <li key={id}>
              {card && parent ? (
                <button type="button" className="vl-link-button" data-plan onClick={() => parent.onOpen(id)}>
                  → {l(NODE_KINDS.labels[card.kind])}: {card.title} ({parentName})
                </button>
              ) : (
                <span data-plan>{t('inspector.contributesToMissing', { id, parent: parentName })}</span>
              )}{' '}
              <button
                type="button"
                className="vl-button vl-button--small"
                aria-label={t('inspector.contributesToRemove', { title: card?.title ?? id })}
                onClick={() => onChange(links.length > 1 ? links.filter((link) => link !== id) : undefined)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {parent ? (
        <>
          <input
            className="vl-input"
            list={list}
            aria-label={t('inspector.contributesToAdd', { parent: parentName })}
            placeholder={t('inspector.contributesToAdd', { parent: parentName })}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add(typed);
              }
            }}
            onBlur={() => typed.trim() && add(typed)}
          />
          <datalist id={list}>
            {cards
              .filter((card) => card.kind !== 'indicator' && card.kind !== 'assumption')
              .map((card) => (
                <option key={card.id} value={card.title} />
              ))}
          </datalist>
        </>
      ) : (
        <p className="vl-muted">{t('inspector.parentNotOpen', { parent: parentName })}</p>
      )}
      {error && <p role="alert">{l(error)}</p>}
    </fieldset>
  );
}

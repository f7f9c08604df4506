import { useState } from 'react';
import { KIND_ORDER, NODE_KIND_SPECS, NODE_KINDS, type Document, type NodeKind } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

/** The drag data an idea carries, for a canvas to read on a drop. */
export const IDEA_DRAG_TYPE = 'application/x-veranderlogica-idea';

export interface IdeasLaneProps {
  readonly document: Document;
  /** One idea per line of the typed or pasted text (`ideaOperations` in core). */
  readonly onAdd: (text: string) => void;
  /** Makes the idea a card of `kind` (`sortIdea` in core). */
  readonly onSort: (id: string, kind: NodeKind) => void;
  readonly onRemove: (id: string) => void;
}

/**
 * The ideas lane: the room's ideas without a kind yet, typed freely while brainstorming and sorted into kinds later.
 * An idea takes a kind with its key (1–6, as cards are added), from its list, or by dragging it onto a layer of the
 * diagram.
 *
 * @example
 * <IdeasLane document={doc} onAdd={(text) => …} onSort={(id, kind) => …} onRemove={(id) => …} />
 */
export function IdeasLane({ document, onAdd, onSort, onRemove }: IdeasLaneProps) {
  const { t, l } = useTranslation();
  const [text, setText] = useState('');
  const ideas = document.workshop?.ideas ?? [];
  const keyKind = new Map(KIND_ORDER.map((kind) => [NODE_KIND_SPECS[kind].shortcut, kind]));
  return (
    <section className="vl-panel vl-ideas" aria-label={t('ideas.title')}>
      <h2 className="vl-panel__title">
        {t('ideas.title')} {ideas.length > 0 && <span className="vl-muted">({ideas.length})</span>}
      </h2>
      <textarea
        className="vl-capture__input"
        rows={2}
        aria-label={t('ideas.new')}
        placeholder={t('ideas.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            if (text.trim()) onAdd(text);
            setText('');
          }
        }}
      />
      {ideas.length > 0 && <p className="vl-hint">{t('ideas.hint')}</p>}
      <ul className="vl-ideas__list">
        {ideas.map((idea) => (
          <li
            key={idea.id}
            className="vl-ideas__idea"
            data-idea={idea.id}
            tabIndex={0}
            // The editor's shortcuts (1–6 add cards) leave this element's keys to it.
            data-own-keys=""
            draggable
            aria-label={t('ideas.idea', { text: idea.text })}
            onDragStart={(event) => {
              event.dataTransfer.setData(IDEA_DRAG_TYPE, idea.id);
              event.dataTransfer.effectAllowed = 'move';
            }}
            onKeyDown={(event) => {
              const kind = keyKind.get(event.key);
              if (!kind || event.ctrlKey || event.metaKey || event.altKey) return;
              event.preventDefault();
              onSort(idea.id, kind);
            }}
          >
            <span className="vl-ideas__text">{idea.text}</span>
            <select
              aria-label={t('ideas.sortAs', { text: idea.text })}
              value=""
              onChange={(event) => event.target.value && onSort(idea.id, event.target.value as NodeKind)}
            >
              <option value="">{t('ideas.kind')}</option>
              {KIND_ORDER.map((kind) => (
                <option key={kind} value={kind}>
                  {NODE_KIND_SPECS[kind].shortcut} · {l(NODE_KINDS.labels[kind])}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="vl-button vl-button--small"
              aria-label={t('ideas.remove', { text: idea.text })}
              onClick={() => onRemove(idea.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

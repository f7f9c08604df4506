import { useState } from 'react';
import { canConnect } from '@veranderlogica/core/editing';
import { formatParseError, listTemplates, NODE_KINDS, type Document } from '@veranderlogica/core';
import { listTopics } from '@veranderlogica/core/workshop';
import { useTranslation } from '@veranderlogica/ui';
import { Dialog } from './Dialog.js';
import { downloadText } from './files.js';
import type { UnreadableAutosave } from './persistence.js';
import type { EditorState } from './store.js';
import type { OpenErrors } from './useDocumentIO.js';

/** Why a file did not open; the open document is unchanged. */
export function OpenErrorsDialog({ failed, onClose }: { failed: OpenErrors; onClose: () => void }) {
  const { t, language } = useTranslation();
  return (
    <Dialog labelledBy="open-error-title" alert onClose={onClose}>
      <h2 id="open-error-title">{failed.name}</h2>
      <p>{t('file.openError')}</p>
      <ul className="editor-dialog__errors">
        {failed.errors.slice(0, 12).map((error, i) => (
          <li key={i}>{formatParseError(error, language)}</li>
        ))}
      </ul>
      <button type="button" className="vl-button" autoFocus onClick={onClose}>
        {t('file.close')}
      </button>
    </Dialog>
  );
}

/** An autosave that could not be read: why, and its text to download. It stays stored under a key of its own. */
export function UnreadableDialog({ unreadable, onClose }: { unreadable: UnreadableAutosave; onClose: () => void }) {
  const { t, language } = useTranslation();
  return (
    <Dialog labelledBy="unreadable-title" alert onClose={onClose}>
      <h2 id="unreadable-title">{t('autosave.unreadableTitle')}</h2>
      <p>{t('autosave.unreadableBody')}</p>
      <ul className="editor-dialog__errors">
        {unreadable.errors.slice(0, 6).map((error, i) => (
          <li key={i}>{formatParseError(error, language)}</li>
        ))}
      </ul>
      <p className="editor-dialog__actions">
        <button
          type="button"
          className="vl-button"
          autoFocus
          onClick={() => downloadText(`veranderlogica-onleesbaar-${unreadable.savedAt.slice(0, 10)}.json`, unreadable.text)}
        >
          {t('autosave.unreadableDownload')}
        </button>
        <button type="button" className="vl-button" onClick={onClose}>
          {t('file.close')}
        </button>
      </p>
    </Dialog>
  );
}

/** "Nieuw": a new document from one of the core's templates, by subject pack (the neutral one first). */
export function TemplatesDialog({ onCreate, onClose }: { onCreate: (document: Document) => void; onClose: () => void }) {
  const { t, l } = useTranslation();
  return (
    <Dialog labelledBy="templates-title" onClose={onClose}>
      <h2 id="templates-title">{t('file.newFromTemplate')}</h2>
      {listTopics().map((topic, p) => (
        <section key={topic.id} className="editor-templates__topic" aria-labelledby={`topic-${topic.id}`}>
          <h3 id={`topic-${topic.id}`}>{l(topic.title)}</h3>
          <p className="vl-muted">{l(topic.description)}</p>
          <ul className="editor-templates">
            {listTemplates()
              .filter((template) => template.topic === topic.id)
              .map((template, i) => (
                <li key={template.id}>
                  <button type="button" className="vl-button" autoFocus={p === 0 && i === 0} onClick={() => onCreate(template.create())}>
                    <strong>{l(template.title)}</strong>
                    <span className="vl-muted">{l(template.description)}</span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <button type="button" className="vl-button" onClick={onClose}>
        {t('file.close')}
      </button>
    </Dialog>
  );
}

/** The last notice (saved, opened, refused, failed), until it times out or is closed. */
export function Notice({ notice, onClose }: { notice: NonNullable<EditorState['notice']>; onClose: () => void }) {
  const { t, l } = useTranslation();
  return (
    <div className={`editor-notice editor-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {l(notice.text)}
      <button type="button" aria-label={t('file.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

/**
 * "Verbind met…": the selected cards connected with a card chosen by typing part of its title, keyboard only (Enter
 * takes the first card in the list, ↓ and ↑ move through it). Only cards the selection can be connected with are
 * listed, each way the model allows.
 */
export function ConnectDialog({
  document,
  selected,
  onConnect,
  onClose,
}: {
  document: Document;
  selected: ReadonlySet<string>;
  onConnect: (id: string) => void;
  onClose: () => void;
}) {
  const { t, l } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const typed = query.trim().toLocaleLowerCase('nl');
  const candidates = document.nodes.filter(
    (node) =>
      !selected.has(node.id) &&
      [...selected].some((id) => canConnect(document, id, node.id).ok || canConnect(document, node.id, id).ok) &&
      (!typed || node.title.toLocaleLowerCase('nl').includes(typed)),
  );
  const shown = candidates.slice(0, 12);
  const current = Math.min(active, shown.length - 1);
  return (
    <Dialog labelledBy="connect-title" onClose={onClose}>
      <h2 id="connect-title">{t('connect.title', { count: selected.size })}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (shown[current]) onConnect(shown[current].id);
        }}
      >
        <label className="vl-field">
          {t('connect.search')}
          <input
            autoFocus
            value={query}
            role="combobox"
            aria-expanded="true"
            aria-controls="connect-list"
            aria-activedescendant={shown[current] ? `connect-${shown[current].id}` : undefined}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') setActive(Math.min(current + 1, shown.length - 1));
              else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
              else return;
              event.preventDefault();
            }}
          />
        </label>
        <ul id="connect-list" role="listbox" className="editor-connect__list" aria-label={t('connect.search')}>
          {shown.map((node, i) => (
            <li
              key={node.id}
              id={`connect-${node.id}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'editor-connect__option--active' : undefined}
              onClick={() => onConnect(node.id)}
            >
              <span className="vl-muted">{l(NODE_KINDS.labels[node.kind])}</span> {node.title || t('node.untitled')}
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p className="vl-muted">{t('connect.none')}</p>}
        {candidates.length > shown.length && <p className="vl-muted">{t('connect.more', { count: candidates.length - shown.length })}</p>}
      </form>
    </Dialog>
  );
}

import { formatParseError, listTemplates, type Document } from '@veranderlogica/core';
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

/** "Nieuw": a new document from one of the core's templates. */
export function TemplatesDialog({ onCreate, onClose }: { onCreate: (document: Document) => void; onClose: () => void }) {
  const { t, language } = useTranslation();
  return (
    <Dialog labelledBy="templates-title" onClose={onClose}>
      <h2 id="templates-title">{t('file.newFromTemplate')}</h2>
      <ul className="editor-templates">
        {listTemplates().map((template, i) => (
          <li key={template.id}>
            <button type="button" className="vl-button" autoFocus={i === 0} onClick={() => onCreate(template.create())}>
              <strong>{template.title[language]}</strong>
              <span className="vl-muted">{template.description[language]}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="vl-button" onClick={onClose}>
        {t('file.close')}
      </button>
    </Dialog>
  );
}

/** The last notice (saved, opened, refused, failed), until it times out or is closed. */
export function Notice({ notice, onClose }: { notice: NonNullable<EditorState['notice']>; onClose: () => void }) {
  const { t, language } = useTranslation();
  return (
    <div className={`editor-notice editor-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.text[language]}
      <button type="button" aria-label={t('file.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

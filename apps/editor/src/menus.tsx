import { useState, type MouseEvent } from 'react';
import { useTranslation } from '@veranderlogica/ui';
import type { ExportFormat } from '@veranderlogica/core';
import { EDITOR_FORMATS } from './exports.js';
import type { RecentEntry } from './persistence.js';

/** Closes the drop-down a menu item sits in. */
function closeMenu(event: MouseEvent<HTMLElement>) {
  const menu = event.currentTarget.closest('details');
  if (menu) menu.open = false;
}

/**
 * The recent documents, read afresh each time the menu opens (after the
 * pending autosave is written, so the open document is listed as it is).
 */
export function RecentMenu({
  currentId,
  load,
  onOpen,
}: {
  currentId: string;
  load: () => Promise<RecentEntry[]>;
  onOpen: (id: string) => void;
}) {
  const { t, language } = useTranslation();
  const [recent, setRecent] = useState<readonly RecentEntry[]>([]);
  return (
    <details
      className="editor-menu"
      onToggle={(event) => {
        if (event.currentTarget.open) void load().then(setRecent);
      }}
    >
      <summary>{t('recent.title')}</summary>
      <div className="editor-menu__items" role="menu" aria-label={t('recent.title')}>
        {recent.length === 0 && <p className="vl-muted editor-menu__empty">{t('recent.none')}</p>}
        {recent.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="menuitem"
            data-recent={entry.id}
            aria-current={entry.id === currentId ? 'true' : undefined}
            onClick={(event) => {
              closeMenu(event);
              if (entry.id !== currentId) onOpen(entry.id);
            }}
          >
            <strong>{entry.title || t('node.untitled')}</strong>
            <span className="vl-muted">
              {entry.id === currentId ? t('recent.open') : ''}{' '}
              {new Date(entry.savedAt).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
            </span>
          </button>
        ))}
      </div>
    </details>
  );
}

/**
 * Everything the document can be exported as (the core's export registry,
 * reports first), and the print view.
 */
export function ExportMenu({ onExport }: { onExport: (format: ExportFormat | 'print') => void }) {
  const { t, language } = useTranslation();
  return (
    <details className="editor-menu">
      <summary>{t('toolbar.export')}</summary>
      <div className="editor-menu__items" role="menu">
        {EDITOR_FORMATS.map((format) => (
          <button
            key={format.id}
            type="button"
            role="menuitem"
            data-export={format.id}
            onClick={(event) => {
              closeMenu(event);
              onExport(format);
            }}
          >
            {format.label[language]}
          </button>
        ))}
        <button
          type="button"
          role="menuitem"
          data-export="print"
          onClick={(event) => {
            closeMenu(event);
            onExport('print');
          }}
        >
          {t('export.print')}
        </button>
      </div>
    </details>
  );
}

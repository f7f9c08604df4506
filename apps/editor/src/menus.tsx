import { languageInfo } from '@veranderlogica/core';
import { useEffect, useRef, useState, type MouseEvent, type ReactElement } from 'react';
import { ActionButton, Toolbar, useTranslation } from '@veranderlogica/ui';
import type { CommandView } from './command-registry.js';
import { EXPORT_MENU, TOOLBAR, VERSIONS_MENU } from './commands/index.js';
import { listRecent, type RecentEntry } from './persistence.js';

/** Closes the drop-down a menu item sits in. */
function closeMenu(event: MouseEvent<HTMLElement>) {
  const menu = event.currentTarget.closest('details');
  if (menu) menu.open = false;
}

/**
 * The recent documents, read afresh each time the menu opens (after the
 * pending autosave is written, so the open document is listed as it is).
 */
function RecentMenu({ currentId, load, onOpen }: { currentId: string; load: () => Promise<RecentEntry[]>; onOpen: (id: string) => void }) {
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
              {new Date(entry.savedAt).toLocaleString(languageInfo(language).locale, { dateStyle: 'medium', timeStyle: 'short' })}
            </span>
          </button>
        ))}
      </div>
    </details>
  );
}

/** A command as a menu item: the menu closes first, then the command runs. */
function MenuItem({ action, before }: { action: CommandView; before: () => void }) {
  return (
    <ActionButton
      role="menuitem"
      action={{
        ...action,
        run: () => {
          before();
          action.run();
        },
      }}
    />
  );
}

/**
 * Everything the document can be exported as (the core's export registry, reports first) and the print view: the
 * export commands of the registry.
 */
function ExportMenu({ actions, label }: { actions: readonly CommandView[]; label?: string }) {
  const { t } = useTranslation();
  return (
    <details className="editor-menu">
      <summary>{label ?? t('toolbar.export')}</summary>
      <div className="editor-menu__items" role="menu">
        {actions.map((action) => (
          <MenuItem
            key={action.id}
            action={action}
            before={() => window.document.querySelectorAll<HTMLDetailsElement>('.editor-menu[open]').forEach((menu) => (menu.open = false))}
          />
        ))}
      </div>
    </details>
  );
}

/**
 * What a right click offers, at the pointer: the context commands of the registry that can run on the selection
 * now. Esc, a click elsewhere or a chosen item closes it; the arrow keys move through it.
 */
export function ContextMenu({
  at,
  actions,
  onClose,
}: {
  at: { x: number; y: number };
  actions: readonly CommandView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);
  const shown = actions.filter((action) => !action.disabled);
  return (
    <div
      ref={menu}
      className="editor-menu__items editor-context"
      role="menu"
      aria-label={t('command.menu')}
      style={{ left: Math.min(at.x, window.innerWidth - 240), top: Math.min(at.y, window.innerHeight - 40 * shown.length - 16) }}
      onKeyDown={(event) => {
        const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        const index = items.indexOf(window.document.activeElement as HTMLButtonElement);
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          event.stopPropagation();
          items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      {shown.map((action) => (
        <MenuItem key={action.id} action={action} before={onClose} />
      ))}
    </div>
  );
}

/**
 * The editor's toolbar: the registry's toolbar commands in their groups, with the recent, export and versions menus in
 * their places, the language at the end, and when the plan was last kept in this browser.
 *
 * @example
 * <EditorToolbar title={document.title} currentId={document.id} command={command} canSaveAs savedAt={io.savedAt} … />
 */
export function EditorToolbar({
  title,
  currentId,
  command,
  canSaveAs,
  savedAt,
  flush,
  openRecent,
}: {
  readonly title: string;
  /** The open plan, marked in the recent list. */
  readonly currentId: string;
  /** A command of the registry as its button shows now. */
  readonly command: (id: string) => CommandView;
  readonly canSaveAs: boolean;
  readonly savedAt: Date | undefined;
  /** Writes pending edits before the recent list is read. */
  readonly flush: () => Promise<void>;
  readonly openRecent: (id: string) => void;
}) {
  const { t, language } = useTranslation();
  const menus: Record<string, ReactElement> = {
    recent: <RecentMenu currentId={currentId} load={() => flush().then(listRecent)} onOpen={openRecent} />,
    export: <ExportMenu actions={EXPORT_MENU.map(command)} />,
    versions: <ExportMenu label={t('versions.menu')} actions={VERSIONS_MENU.map(command)} />,
  };
  const time = savedAt?.toLocaleTimeString(languageInfo(language).locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (
    <Toolbar
      title={title}
      groups={TOOLBAR.map((group) =>
        group.filter((id) => id !== 'save-as' || canSaveAs).map((id) => (menus[id] ? { id, element: menus[id] } : command(id))),
      )}
      end={[command('language')]}
      {...(time ? { saveState: t('autosave.saved', { time }) } : {})}
    />
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/translate.js';

/** A button of the toolbar, as data: the editor renders its command registry into these. */
export interface ToolbarAction {
  readonly id: string;
  readonly label: string;
  /** The accessible name, where the label is not it (a language switch labelled "English" on a Dutch screen). */
  readonly name?: string;
  /** A symbol before the label; on narrow screens the symbol alone stays. */
  readonly icon?: string;
  /** What exactly the button will do now, after the label (what undo undoes). */
  readonly detail?: string;
  /** A longer explanation, as the tooltip. */
  readonly hint?: string;
  /** The keys that do the same, as `aria-keyshortcuts` writes them (`Control+Z`). */
  readonly keyshortcuts?: string;
  readonly disabled?: boolean;
  /** For a toggle: whether it is on. */
  readonly pressed?: boolean;
  readonly busy?: boolean;
  readonly run: () => void;
}

/** A place in the toolbar: a button, or an element of its own (a drop-down menu). */
export type ToolbarEntry = ToolbarAction | { readonly id: string; readonly element: ReactNode };

export interface ToolbarProps {
  readonly title: string;
  /** Groups of buttons and menus, separated by a thin line. */
  readonly groups: readonly (readonly ToolbarEntry[])[];
  /** After the spacer, at the right end (the language switch). */
  readonly end?: readonly ToolbarEntry[];
  readonly saveState?: string;
}

/** One button of a toolbar, menu or context menu, from an action's data. */
export function ActionButton({ action, className, role }: { action: ToolbarAction; className?: string; role?: 'menuitem' }) {
  const described = action.detail ? `${action.label}: ${action.detail}` : undefined;
  return (
    <button
      type="button"
      className={className}
      role={role}
      data-command={action.id}
      onClick={action.run}
      disabled={action.disabled}
      aria-pressed={action.pressed}
      aria-busy={action.busy}
      aria-keyshortcuts={action.keyshortcuts}
      aria-label={described ?? action.name ?? (action.icon ? action.label : undefined)}
      title={described ?? action.hint ?? action.label}
    >
      {action.icon}
      {action.icon ? (
        <span className="vl-toolbar__label">
          {' '}
          {action.label}
          {action.detail ? ':' : ''}
        </span>
      ) : (
        action.label
      )}
      {action.detail && <span className="vl-toolbar__what">{action.detail}</span>}
    </button>
  );
}

function Entry({ entry }: { entry: ToolbarEntry }) {
  return 'element' in entry ? <>{entry.element}</> : <ActionButton action={entry} />;
}

/**
 * The editor's main commands in one row, rendered from data; undo says what it will undo.
 *
 * @example
 * <Toolbar title={doc.title} groups={[[{ id: 'save', label: 'Opslaan', run: save }]]} />
 */
export function Toolbar({ title, groups, end = [], saveState }: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <header className="vl-toolbar" role="toolbar" aria-label={t('appName')}>
      <span className="vl-toolbar__brand">{t('appName')}</span>
      <span className="vl-toolbar__title" title={title}>
        {title}
      </span>
      {groups.map((group, i) => (
        <span key={i} className="vl-toolbar__group">
          {i > 0 && <span className="vl-toolbar__sep" />}
          {group.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </span>
      ))}
      <span className="vl-toolbar__spacer" />
      {saveState && (
        <span className="vl-toolbar__status" role="status">
          {saveState}
        </span>
      )}
      {end.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </header>
  );
}

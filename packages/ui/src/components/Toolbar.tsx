import type { ReactNode } from 'react';
import type { Localized } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface ToolbarProps {
  readonly title: string;
  readonly undoLabel: Localized | undefined;
  readonly redoLabel: Localized | undefined;
  readonly layingOut: boolean;
  readonly saveState?: string;
  readonly onNew: () => void;
  readonly onOpen: () => void;
  readonly onSave: () => void;
  /** Save under a new name or place; omitted where the browser can only download. */
  readonly onSaveAs?: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onLayout: () => void;
  readonly onFitView: () => void;
  readonly onToggleLanguage: () => void;
  readonly exportMenu?: ReactNode;
  /** The list of recent documents, shown after Open. */
  readonly recentMenu?: ReactNode;
}

/** The editor's main commands; undo and redo say what they will undo or redo. */
export function Toolbar(props: ToolbarProps) {
  const { t, language } = useTranslation();
  const undoTitle = props.undoLabel ? t('toolbar.undoWhat', { what: props.undoLabel[language] }) : t('toolbar.undo');
  const redoTitle = props.redoLabel ? t('toolbar.redoWhat', { what: props.redoLabel[language] }) : t('toolbar.redo');
  return (
    <header className="vl-toolbar" role="toolbar" aria-label={t('appName')}>
      <span className="vl-toolbar__brand">{t('appName')}</span>
      <span className="vl-toolbar__title" title={props.title}>
        {props.title}
      </span>
      <button type="button" onClick={props.onNew}>
        {t('toolbar.new')}
      </button>
      <button type="button" onClick={props.onOpen} aria-keyshortcuts="Control+O">
        {t('toolbar.open')}
      </button>
      {props.recentMenu}
      <button type="button" onClick={props.onSave} aria-keyshortcuts="Control+S">
        {t('toolbar.save')}
      </button>
      {props.onSaveAs && (
        <button type="button" onClick={props.onSaveAs} aria-keyshortcuts="Control+Shift+S">
          {t('toolbar.saveAs')}
        </button>
      )}
      <span className="vl-toolbar__sep" />
      <button
        type="button"
        onClick={props.onUndo}
        disabled={!props.undoLabel}
        aria-keyshortcuts="Control+Z"
        aria-label={undoTitle}
        title={undoTitle}
      >
        ↶
        <span className="vl-toolbar__label">
          {' '}
          {t('toolbar.undo')}
          {props.undoLabel ? ':' : ''}
        </span>
        {props.undoLabel && <span className="vl-toolbar__what">{props.undoLabel[language]}</span>}
      </button>
      <button
        type="button"
        onClick={props.onRedo}
        disabled={!props.redoLabel}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        aria-label={redoTitle}
        title={redoTitle}
      >
        ↷<span className="vl-toolbar__label"> {t('toolbar.redo')}</span>
      </button>
      <span className="vl-toolbar__sep" />
      <button type="button" onClick={props.onLayout} disabled={props.layingOut} aria-busy={props.layingOut}>
        {props.layingOut ? t('toolbar.layouting') : t('toolbar.layout')}
      </button>
      <button type="button" onClick={props.onFitView}>
        {t('toolbar.fitView')}
      </button>
      {props.exportMenu}
      <span className="vl-toolbar__spacer" />
      {props.saveState && (
        <span className="vl-toolbar__status" role="status">
          {props.saveState}
        </span>
      )}
      <button type="button" onClick={props.onToggleLanguage} aria-label={t('toolbar.languageLabel')} lang={language === 'nl' ? 'en' : 'nl'}>
        {t('toolbar.language')}
      </button>
    </header>
  );
}

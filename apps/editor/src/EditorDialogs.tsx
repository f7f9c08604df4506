import { connectSelectionTo } from '@veranderlogica/core/editing';
import { type Document } from '@veranderlogica/core';
import { localize } from '@veranderlogica/ui';
import { COMMANDS } from './commands/index.js';
import { ConnectDialog, TemplatesDialog, UnreadableDialog } from './dialogs.js';
import { CompareDialog, ImportDialog, VersionDialog, type Comparison } from './living.js';
import type { UnreadableAutosave } from './persistence.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import type { EditorState, EditorStore } from './store.js';

/** The dialogs a command opens, one at a time. */
export type EditorDialog = 'templates' | 'help' | 'unreadable' | 'version' | 'compare' | 'import' | 'connect';

export interface EditorDialogsProps {
  readonly open: EditorDialog | undefined;
  readonly onClose: () => void;
  readonly store: EditorStore;
  readonly state: EditorState;
  /** An autosave that could not be read, offered for download. */
  readonly unreadable: UnreadableAutosave | undefined;
  /** A version or file chosen to compare with. */
  readonly onCompare: (chosen: Comparison) => void;
  /** A new plan made from a template. */
  readonly onCreate: (created: Document) => void;
}

/**
 * The editor's dialogs: new from a template, the shortcut help, an unreadable autosave, keeping a version, comparing,
 * importing measurements, and "Verbind met…". What a dialog changes goes through the store's operations.
 *
 * @example
 * <EditorDialogs open={dialog} onClose={() => setDialog(undefined)} store={store} state={state} … />
 */
export function EditorDialogs({ open, onClose, store, state, unreadable, onCompare, onCreate }: EditorDialogsProps) {
  const { document } = state;
  switch (open) {
    case 'unreadable':
      return unreadable ? <UnreadableDialog unreadable={unreadable} onClose={onClose} /> : null;
    case 'version':
      return <VersionDialog store={store} document={document} onClose={onClose} />;
    case 'import':
      return <ImportDialog store={store} document={document} onClose={onClose} />;
    case 'compare':
      return <CompareDialog document={document} onClose={onClose} onCompare={onCompare} />;
    case 'help':
      return <ShortcutHelp commands={COMMANDS} onClose={onClose} />;
    case 'connect':
      return (
        <ConnectDialog
          document={document}
          selected={state.selected}
          onClose={onClose}
          onConnect={(id) => {
            const current = store.getState();
            const { operations, refused } = connectSelectionTo(current.document, current.selected, id);
            if (operations.length) store.apply(operations, { label: localize('undo.connect') });
            if (refused[0]) store.notify(localize('connect.refused', { reason: refused[0].reason[current.language] }), 'error');
            onClose();
          }}
        />
      );
    case 'templates':
      return <TemplatesDialog onClose={onClose} onCreate={onCreate} />;
    case undefined:
      return null;
  }
}

import type { Command } from '../command-registry.js';
import { EDIT_COMMANDS } from './edit.js';
import { EXPORT_MENU, FILE_COMMANDS, VERSIONS_MENU } from './file.js';
import { PRESENT_COMMANDS } from './present.js';
import { VIEW_BAR, VIEW_COMMANDS } from './view.js';

/**
 * Every user action of the editor, in the order the shortcut help lists them. The keyboard, the toolbar, the
 * menus, the card palette, the context menu and the help all render from this one list.
 *
 * @example
 * window.addEventListener('keydown', (event) => dispatchKey(COMMANDS, event, context), true);
 */
export const COMMANDS: readonly Command[] = [...EDIT_COMMANDS, ...FILE_COMMANDS, ...VIEW_COMMANDS, ...PRESENT_COMMANDS];

/** The toolbar: groups of command ids; `recent`, `versions` and `export` are drop-down menus. */
export const TOOLBAR: readonly (readonly string[])[] = [
  ['new', 'open', 'recent', 'save', 'save-as'],
  ['undo', 'redo'],
  ['layout', 'fit-view', 'versions', 'export'],
  ['room'],
];

/** What a right click on a card, a selection or the canvas offers. */
export const CONTEXT_MENU: readonly string[] = ['duplicate', 'connect-to', 'pin', 'unpin', 'delete', 'select-all', 'layout', 'fit-view'];

export { EXPORT_MENU, VERSIONS_MENU, VIEW_BAR };

import { KIND_ORDER, NODE_KIND_SPECS, NODE_KINDS, type Localized, type NodeKind } from '@veranderlogica/core';
import type { EditorStore } from './store.js';

/** What a command may use: the store, and the editor's own actions that need the screen or the file system. */
export interface CommandContext {
  readonly store: EditorStore;
  /** Adds a card of a kind in the middle of the view, selected, its title ready for typing. */
  readonly addCard: (kind: NodeKind) => void;
  /** Copies the selection and pastes it beside itself. */
  readonly duplicate: () => void;
  readonly save: (asNew: boolean) => void;
  readonly open: () => void;
  readonly find: () => void;
  readonly help: () => void;
  /** Closes what is open (search, a notice) and leaves a text field for the canvas. */
  readonly escape: (target: EventTarget | null) => void;
}

/**
 * A user action as data: what it is called, which keys run it, when it can run, and what it does. The keyboard
 * dispatcher and the shortcut help read the same list, so a shortcut is declared once.
 */
export interface Command {
  readonly id: string;
  readonly label: Localized;
  /** Key combinations, `Mod` for Ctrl (Cmd on a Mac): `Mod+Z`, `Mod+Shift+Z`, `1`, `Escape`, `?`. */
  readonly keys: readonly string[];
  /** Whether the keys also work while typing in a field (saving does; undo leaves the field its own undo). */
  readonly whileTyping?: boolean;
  readonly enabled?: (context: CommandContext) => boolean;
  readonly run: (context: CommandContext, target: EventTarget | null) => void;
}

const cardCommands: Command[] = KIND_ORDER.map((kind) => ({
  id: `add-${kind}`,
  label: { nl: `${NODE_KINDS.labels[kind].nl} toevoegen`, en: `Add ${NODE_KINDS.labels[kind].en.toLowerCase()}` },
  keys: [NODE_KIND_SPECS[kind].shortcut],
  run: (context) => context.addCard(kind),
}));

/**
 * Every keyboard command of the editor, in the order the shortcut help lists them.
 *
 * @example
 * dispatchKey(COMMANDS, event, context); // in one keydown listener
 */
export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: { nl: 'Ongedaan maken', en: 'Undo' },
    keys: ['Mod+Z'],
    enabled: ({ store }) => store.history.canUndo,
    run: ({ store }) => store.undo(),
  },
  {
    id: 'redo',
    label: { nl: 'Opnieuw', en: 'Redo' },
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: ({ store }) => store.history.canRedo,
    run: ({ store }) => store.redo(),
  },
  { id: 'save', label: { nl: 'Opslaan', en: 'Save' }, keys: ['Mod+S'], whileTyping: true, run: (context) => context.save(false) },
  {
    id: 'save-as',
    label: { nl: 'Opslaan als', en: 'Save as' },
    keys: ['Mod+Shift+S'],
    whileTyping: true,
    run: (context) => context.save(true),
  },
  { id: 'open', label: { nl: 'Openen', en: 'Open' }, keys: ['Mod+O'], whileTyping: true, run: (context) => context.open() },
  { id: 'find', label: { nl: 'Zoek een kaart', en: 'Find a card' }, keys: ['Mod+F'], whileTyping: true, run: (context) => context.find() },
  {
    id: 'duplicate',
    label: { nl: 'Selectie dupliceren', en: 'Duplicate the selection' },
    keys: ['Mod+D'],
    enabled: ({ store }) => store.getState().selected.size > 0,
    run: (context) => context.duplicate(),
  },
  ...cardCommands,
  { id: 'help', label: { nl: 'Sneltoetsen tonen', en: 'Show the shortcuts' }, keys: ['?'], run: (context) => context.help() },
  {
    id: 'escape',
    label: { nl: 'Sluiten, of terug naar het canvas', en: 'Close, or back to the canvas' },
    keys: ['Escape'],
    whileTyping: true,
    run: (context, target) => context.escape(target),
  },
];

/** Whether an element takes typed text (keys there are the user's words, not commands). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** A key event as the registry writes keys: `Mod+Shift+Z`, `1`, `?`, `Escape`. */
export function keyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  // A printable key that needs Shift ("?") is written as itself; Shift counts only with Mod or for named keys.
  const shift = event.shiftKey && (mod || event.key.length > 1);
  return [mod ? 'Mod' : '', shift ? 'Shift' : '', event.altKey ? 'Alt' : '', key].filter(Boolean).join('+');
}

/**
 * The one keyboard dispatcher: runs the command whose keys match, if it is enabled and the user is not typing
 * (unless the command works while typing). Returns the command that ran.
 *
 * @example
 * window.addEventListener('keydown', (event) => dispatchKey(COMMANDS, event, context));
 */
export function dispatchKey(commands: readonly Command[], event: KeyboardEvent, context: CommandContext): Command | undefined {
  const key = keyOf(event);
  const command = commands.find((candidate) => candidate.keys.includes(key));
  if (!command) return undefined;
  if (isTyping(event.target) && !command.whileTyping) return undefined;
  if (command.enabled && !command.enabled(context)) return undefined;
  if (command.id !== 'escape') event.preventDefault();
  command.run(context, event.target);
  return command;
}

/** How a key combination reads in the shortcut help: `Ctrl+Shift+Z` (or `⌘` on a Mac). */
export function keyLabel(keys: string, mac = false): string {
  return keys.replace('Mod', mac ? '⌘' : 'Ctrl');
}

import type { ExportFormat, Language, Localized, NodeKind } from '@veranderlogica/core';
import type { ToolbarAction } from '@veranderlogica/ui';
import type { EditorStore } from './store.js';

/**
 * What the keyboard drives: editing the plan, or presenting it to the room. A mode has its own commands; the
 * presentation's arrows and Esc are not the canvas's.
 */
export type Mode = 'edit' | 'present';

/** The views of the plan the editor switches between. */
export const VIEWS = ['diagram', 'outline', 'indicators', 'coverage', 'network', 'region'] as const;
export type View = (typeof VIEWS)[number];

/** Steps through a presentation: chain by chain, strategy by strategy, back to the whole plan. */
export type PresentStep = 'next-chain' | 'previous-chain' | 'next-part' | 'previous-part' | 'overview';

/** The running presentation, as its commands see it. */
export interface PresentationControls {
  /** Whether a goal is shown (the chain and part keys work only then). */
  readonly atGoal: boolean;
  readonly chains: number;
  readonly parts: number;
  readonly go: (step: PresentStep) => void;
  readonly stop: () => void;
}

/**
 * What a command may use: the store, what the screen shows, and the editor's own actions that need the screen,
 * the file system or a dialog. Everything that changes the document goes through the store's core operations.
 */
export interface CommandContext {
  readonly store: EditorStore;
  readonly mode: Mode;
  readonly view: View;
  readonly workshop: boolean;
  readonly layingOut: boolean;
  /** Whether the browser can save to a place the user picks (otherwise saving downloads). */
  readonly canSaveAs: boolean;
  readonly presentation: PresentationControls | undefined;
  /** Adds a card of a kind in the middle of the view, selected, its title ready for typing. */
  readonly addCard: (kind: NodeKind) => void;
  /** Copies the selection and pastes it beside itself. */
  readonly duplicate: () => void;
  readonly newDocument: () => void;
  readonly open: () => void;
  readonly save: (asNew: boolean) => void;
  readonly exportAs: (format: ExportFormat | 'print') => void;
  readonly layout: () => void;
  readonly fitView: () => void;
  readonly find: () => void;
  readonly help: () => void;
  readonly setView: (view: View) => void;
  readonly toggleWorkshop: () => void;
  /** Whether the comments, suggestions and adoption dock is open, and opening or closing it. */
  readonly reviewing: boolean;
  readonly toggleReview: () => void;
  readonly present: () => void;
  /** Whether this editor is connected to a live room. */
  readonly inRoom: boolean;
  /** Opens a live room from the current plan (on a server started with `veranderlogica serve`). */
  readonly openRoom: () => void;
  /** Opens the import of measurements from a filled-in workbook or a CSV. */
  readonly importMeasurements: () => void;
  /** Asks for a name and keeps the plan as it is now as a version in the file. */
  readonly saveVersion: () => void;
  /** Asks what to compare with: a kept version or another file. */
  readonly compare: () => void;
  /** Asks for a card by title and connects the selection with it ("Verbind met…"). */
  readonly connectTo: () => void;
  /** Closes what is open (search, a notice) and leaves a text field for the canvas. */
  readonly escape: (target: EventTarget | null) => void;
}

/**
 * A user action as data: what it is called, which keys run it, when it can run, and what it does. The keyboard
 * dispatcher, the toolbar, the menus, the context menu and the shortcut help read the same list, so an action is
 * declared once.
 */
export interface Command {
  readonly id: string;
  readonly label: Localized;
  /** Key combinations, `Mod` for Ctrl (Cmd on a Mac): `Mod+Z`, `Mod+Shift+Z`, `1`, `Escape`, `?`. */
  readonly keys?: readonly string[];
  /** A symbol shown before the label on buttons. */
  readonly icon?: string;
  /** The modes the command works in; `['edit']` when omitted. */
  readonly modes?: readonly Mode[];
  /** Whether the keys also work while typing in a field (saving does; undo leaves the field its own undo). */
  readonly whileTyping?: boolean;
  readonly enabled?: (context: CommandContext) => boolean;
  /** For a toggle: whether it is on. */
  readonly pressed?: (context: CommandContext) => boolean;
  /** Whether it is still running (a button shows `busyLabel` meanwhile). */
  readonly busy?: (context: CommandContext) => boolean;
  readonly busyLabel?: Localized;
  /** What exactly it will do now, shown after the label: what undo undoes. */
  readonly detail?: (context: CommandContext) => Localized | undefined;
  /** The button's own text where it differs from the label (the language switch names the other language). */
  readonly text?: Localized;
  /** A longer explanation, as the button's tooltip. */
  readonly hint?: Localized;
  readonly run: (context: CommandContext, target: EventTarget | null) => void;
}

/** The commands that work in a mode. */
export function commandsFor(commands: readonly Command[], mode: Mode): Command[] {
  return commands.filter((command) => (command.modes ?? ['edit']).includes(mode));
}

/** Whether a command can run now. */
function isEnabled(command: Command, context: CommandContext): boolean {
  return (command.modes ?? ['edit']).includes(context.mode) && (command.enabled?.(context) ?? true);
}

/**
 * Runs a command by its id, if it exists and can run now (a button, a menu item and a key all end here or in
 * {@link dispatchKey}). Returns whether it ran.
 *
 * @example
 * runCommand(COMMANDS, 'layout', context);
 */
export function runCommand(commands: readonly Command[], id: string, context: CommandContext): boolean {
  const command = commands.find((candidate) => candidate.id === id);
  if (!command || !isEnabled(command, context)) return false;
  command.run(context, null);
  return true;
}

/** Whether an element takes typed text (keys there are the user's words, not commands). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/**
 * Whether an element handles its own keys (marked `data-own-keys`, e.g. an idea in the ideas lane, where 1–6 give
 * it a kind): the editor's shortcuts leave them to it, as they do in a text field.
 */
function ownsKeys(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return typeof element?.closest === 'function' && element.closest('[data-own-keys]') !== null;
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
 * The one keyboard dispatcher: runs the command of the current mode whose keys match, if it is enabled and the
 * user is not typing (unless the command works while typing). Outside the edit mode a handled key goes no
 * further (the canvas under a presentation does not move). Returns the command that ran.
 *
 * @example
 * window.addEventListener('keydown', (event) => dispatchKey(COMMANDS, event, context), true);
 */
export function dispatchKey(commands: readonly Command[], event: KeyboardEvent, context: CommandContext): Command | undefined {
  const key = keyOf(event);
  const command = commandsFor(commands, context.mode).find((candidate) => candidate.keys?.includes(key));
  if (!command) return undefined;
  if ((isTyping(event.target) || ownsKeys(event.target)) && !command.whileTyping) return undefined;
  // A key of the presentation never reaches the canvas under it, even when it has nothing to do there now.
  if (context.mode !== 'edit') event.stopPropagation();
  if (command.enabled && !command.enabled(context)) return undefined;
  // Esc in edit mode is not swallowed: a dialog still hears it and closes.
  if (!(command.keys?.includes('Escape') && context.mode === 'edit')) event.preventDefault();
  command.run(context, event.target);
  return command;
}

/** How a key combination reads in the shortcut help: `Ctrl+Shift+Z` (or `⌘` on a Mac). */
export function keyLabel(keys: string, mac = false): string {
  return keys
    .split('+')
    .map((key) => KEY_NAMES[key] ?? (key === 'Mod' ? (mac ? '⌘' : 'Ctrl') : key))
    .join('+');
}

/** Keys as keyboards print them. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
};

/** A command as a button or menu item shows it, in the interface language: the UI's own `ToolbarAction`. */
export type CommandView = ToolbarAction & { readonly disabled: boolean };

/**
 * How a command shows now: its label (or busy label, or own text), what it will do, whether it can run.
 *
 * @example
 * const undo = viewOf(COMMANDS, 'undo', context, 'nl'); // { label: 'Ongedaan maken', detail: 'kaart wijzigen', … }
 */
export function viewOf(
  commands: readonly Command[],
  id: string,
  context: CommandContext,
  language: Language | ((text: Localized) => string),
): CommandView {
  const l = typeof language === 'function' ? language : (text: Localized) => text[language];
  const command = commands.find((candidate) => candidate.id === id);
  if (!command) throw new Error(`No command "${id}"`);
  const busy = command.busy?.(context) ?? false;
  const found = command.detail?.(context);
  const detail = found && l(found);
  const pressed = command.pressed?.(context);
  const keyshortcuts = command.keys
    ?.map((keys) => keys.replace('Mod', 'Control'))
    .filter((keys) => keys !== '?')
    .join(' ');
  return {
    id,
    label: l(busy && command.busyLabel ? command.busyLabel : (command.text ?? command.label)),
    ...(command.text ? { name: l(command.label) } : {}),
    ...(command.icon ? { icon: command.icon } : {}),
    ...(detail ? { detail } : {}),
    ...(command.hint ? { hint: l(command.hint) } : {}),
    ...(keyshortcuts ? { keyshortcuts } : {}),
    disabled: busy || !isEnabled(command, context),
    ...(pressed !== undefined ? { pressed } : {}),
    ...(command.busy ? { busy } : {}),
    run: () => void runCommand(commands, id, context),
  };
}

import { useEffect, useLayoutEffect, useRef } from 'react';
import { COMMANDS } from './commands/index.js';
import { dispatchKey, isTyping, viewOf, type CommandContext, type CommandView } from './command-registry.js';
import type { EditorStore } from './store.js';
import type { Language, Localized } from '@veranderlogica/core';

/**
 * The one keyboard listener of the editor: every key goes to the command registry's dispatcher, with the context
 * of this render. It listens in the capture phase, so the presentation's keys come before the canvas's.
 */
export function useKeyboard(context: CommandContext): void {
  const latest = useRef(context);
  useLayoutEffect(() => {
    latest.current = context;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => void dispatchKey(COMMANDS, event, latest.current);
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/**
 * The registry's commands as buttons show them now, by id, for the toolbar, the menus and the view bar.
 *
 * @example
 * const views = useCommandViews(context, language); views('undo').disabled;
 */
export function useCommandViews(context: CommandContext, language: Language | ((text: Localized) => string)): (id: string) => CommandView {
  return (id: string) => viewOf(COMMANDS, id, context, language);
}

/**
 * Esc, as far as the store and the page go: the notice closes, and in a text field (not in a dialog or the search
 * bar) the keyboard goes back to the selected card on the canvas, where the keys add and move cards again.
 *
 * @example
 * escape: (target) => leaveField(target, store)
 */
export function leaveField(target: EventTarget | null, store: EditorStore): void {
  store.clearNotice();
  if (!isTyping(target) || (target as HTMLElement).closest('dialog, .editor-find')) return;
  (target as HTMLElement).blur();
  const [only] = store.getState().selected;
  if (only) window.document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(only)}"]`)?.focus();
}

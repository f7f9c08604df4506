import { useEffect, useLayoutEffect, useRef } from 'react';
import { COMMANDS } from './commands/index.js';
import { dispatchKey, viewOf, type CommandContext, type CommandView } from './command-registry.js';
import type { Language } from '@veranderlogica/core';

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
export function useCommandViews(context: CommandContext, language: Language): (id: string) => CommandView {
  return (id: string) => viewOf(COMMANDS, id, context, language);
}

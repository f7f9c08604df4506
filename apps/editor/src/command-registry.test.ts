import { describe, expect, it, vi } from 'vitest';
import { bilingual, getTemplate, KIND_ORDER, languageInfo, LANGUAGES, NODE_KIND_SPECS, positionOf } from '@veranderlogica/core';
import { commandsFor, dispatchKey, keyLabel, keyOf, runCommand, viewOf, type CommandContext } from './command-registry.js';
import { COMMANDS, CONTEXT_MENU, EXPORT_MENU, TOOLBAR, VERSIONS_MENU, VIEW_BAR } from './commands/index.js';
import { nextSlide } from './commands/present.js';
import { EditorStore } from './store.js';

/** A key event as the browser sends it, aimed at an element of a given tag. */
function press(key: string, modifiers: { mod?: boolean; shift?: boolean } = {}, tagName = 'DIV') {
  const event = {
    key,
    ctrlKey: modifiers.mod ?? false,
    metaKey: false,
    shiftKey: modifiers.shift ?? false,
    altKey: false,
    target: { tagName, isContentEditable: false },
    defaultPrevented: false,
    propagationStopped: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    stopPropagation() {
      this.propagationStopped = true;
    },
  };
  return event as unknown as KeyboardEvent & { defaultPrevented: boolean; propagationStopped: boolean };
}

const example = () => new EditorStore(getTemplate('voorbeeldregio')!.create());

/** A context on a real store whose screen actions only record that they were asked for. */
function context(store: EditorStore, more: Partial<CommandContext> = {}): CommandContext & { calls: string[] } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args.filter((arg) => typeof arg !== 'object' || arg === null).map(String)].join(' '));
  return {
    calls,
    store,
    mode: 'edit',
    view: 'diagram',
    workshop: false,
    layingOut: false,
    canSaveAs: true,
    inRoom: false,
    openRoom: record('openRoom'),
    presentation: undefined,
    addCard: record('add'),
    duplicate: record('duplicate'),
    newDocument: record('new'),
    open: record('open'),
    save: (asNew) => void calls.push(asNew ? 'save as' : 'save'),
    exportAs: (format) => void calls.push(`export ${format === 'print' ? 'print' : format.id}`),
    layout: record('layout'),
    fitView: record('fit'),
    find: record('find'),
    help: record('help'),
    setView: record('view'),
    toggleWorkshop: record('workshop'),
    reviewing: false,
    toggleReview: record('review'),
    present: record('present'),
    importMeasurements: record('importMeasurements'),
    saveVersion: record('saveVersion'),
    compare: record('compare'),
    connectTo: record('connectTo'),
    escape: record('escape'),
    ...more,
  };
}

describe('the command registry', () => {
  it('declares every shortcut once per mode, and every command once, labelled in both languages', () => {
    for (const mode of ['edit', 'present'] as const) {
      const keys = commandsFor(COMMANDS, mode).flatMap((command) => command.keys ?? []);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const ids = COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const command of COMMANDS) {
      expect(command.label.nl.length).toBeGreaterThan(2);
      expect(command.label.en.length).toBeGreaterThan(2);
    }
    // The number keys come from the kinds' own shortcuts.
    for (const kind of KIND_ORDER) expect(COMMANDS.find((c) => c.id === `add-${kind}`)?.keys).toEqual([NODE_KIND_SPECS[kind].shortcut]);
  });

  it('names only commands that exist on the toolbar, the menus and the view bar', () => {
    const ids = new Set(COMMANDS.map((command) => command.id));
    const menus = new Set(['recent', 'export', 'versions']);
    for (const id of [...TOOLBAR.flat(), ...CONTEXT_MENU, ...EXPORT_MENU, ...VERSIONS_MENU, ...VIEW_BAR])
      expect(ids.has(id) || menus.has(id), id).toBe(true);
    // Every export of the core's registry is in the menu, and prints.
    expect(EXPORT_MENU).toContain('export-html');
    expect(EXPORT_MENU.at(-1)).toBe('print');
  });

  it('reads keys the way the registry writes them', () => {
    expect(keyOf(press('z', { mod: true }))).toBe('Mod+Z');
    expect(keyOf(press('Z', { mod: true, shift: true }))).toBe('Mod+Shift+Z');
    expect(keyOf(press('?', { shift: true }))).toBe('?');
    expect(keyOf(press('Escape'))).toBe('Escape');
    expect(keyOf(press('1'))).toBe('1');
    // And the help prints them as keyboards do.
    expect(['Mod+Shift+Z', 'ArrowRight', 'Escape', 'PageDown'].map((keys) => keyLabel(keys))).toEqual([
      'Ctrl+Shift+Z',
      '→',
      'Esc',
      'Page Down',
    ]);
    expect(keyLabel('Mod+S', true)).toBe('⌘+S');
  });

  it('undoes and redoes on the store, only when there is something to undo or redo, and says what it undoes', () => {
    const store = example();
    const ctx = context(store);
    expect(dispatchKey(COMMANDS, press('z', { mod: true }), ctx)).toBeUndefined();
    expect(viewOf(COMMANDS, 'undo', ctx, 'nl').disabled).toBe(true);
    store.apply(
      { type: 'updateNode', id: 'int-csg', changes: { title: 'Spreekuur' } },
      { label: bilingual('titel wijzigen', 'edit title') },
    );
    expect(viewOf(COMMANDS, 'undo', ctx, 'nl')).toMatchObject({ label: 'Ongedaan maken', detail: 'titel wijzigen', disabled: false });
    expect(viewOf(COMMANDS, 'undo', ctx, 'en')).toMatchObject({ label: 'Undo', detail: 'edit title', keyshortcuts: 'Control+Z' });
    const undo = press('z', { mod: true });
    expect(dispatchKey(COMMANDS, undo, ctx)?.id).toBe('undo');
    expect(undo.defaultPrevented).toBe(true);
    expect(store.getState().document.nodes.find((n) => n.id === 'int-csg')!.title).not.toBe('Spreekuur');
    expect(dispatchKey(COMMANDS, press('y', { mod: true }), ctx)?.id).toBe('redo');
    expect(store.getState().document.nodes.find((n) => n.id === 'int-csg')!.title).toBe('Spreekuur');
  });

  it('leaves keys to a text field, except the ones made to work there', () => {
    const store = example();
    store.apply({ type: 'updateNode', id: 'int-csg', changes: { title: 'Spreekuur' } });
    const ctx = context(store);
    // Typing a 1 in a title is a 1, not a new goal; Ctrl+Z there is the field's own undo; Backspace deletes a letter.
    store.select(['int-csg']);
    expect(dispatchKey(COMMANDS, press('1', {}, 'INPUT'), ctx)).toBeUndefined();
    expect(dispatchKey(COMMANDS, press('z', { mod: true }, 'TEXTAREA'), ctx)).toBeUndefined();
    expect(dispatchKey(COMMANDS, press('Backspace', {}, 'INPUT'), ctx)).toBeUndefined();
    // An element that handles its own keys (an idea, where 1–6 give it a kind) gets them too: no card is added.
    const onIdea = press('1');
    (onIdea.target as unknown as { closest: (selector: string) => object | null }).closest = (selector) =>
      selector === '[data-own-keys]' ? {} : null;
    expect(dispatchKey(COMMANDS, onIdea, ctx)).toBeUndefined();
    expect(store.getState().document.nodes.some((n) => n.id === 'int-csg')).toBe(true);
    expect(store.history.canUndo).toBe(true);
    // Saving and Esc work everywhere.
    expect(dispatchKey(COMMANDS, press('s', { mod: true }, 'INPUT'), ctx)?.id).toBe('save');
    expect(dispatchKey(COMMANDS, press('S', { mod: true, shift: true }, 'INPUT'), ctx)?.id).toBe('save-as');
    const escape = press('Escape', {}, 'INPUT');
    expect(dispatchKey(COMMANDS, escape, ctx)?.id).toBe('escape');
    // Esc is not swallowed: a dialog still hears it and closes.
    expect(escape.defaultPrevented).toBe(false);
    expect(ctx.calls).toEqual(['save', 'save as', 'escape']);
  });

  it('adds cards with the number keys, duplicates only a selection, and opens the help with ?', () => {
    const store = example();
    const ctx = context(store);
    for (const kind of KIND_ORDER) dispatchKey(COMMANDS, press(NODE_KIND_SPECS[kind].shortcut), ctx);
    expect(dispatchKey(COMMANDS, press('d', { mod: true }), ctx)).toBeUndefined();
    store.select(['int-csg']);
    dispatchKey(COMMANDS, press('d', { mod: true }), ctx);
    dispatchKey(COMMANDS, press('?', { shift: true }), ctx);
    expect(ctx.calls).toEqual([...KIND_ORDER.map((kind) => `add ${kind}`), 'duplicate', 'help']);
    // A key no command has does nothing at all.
    const help = vi.fn();
    const other = press('q');
    expect(dispatchKey(COMMANDS, other, { ...ctx, help })).toBeUndefined();
    expect(help).not.toHaveBeenCalled();
    expect(other.defaultPrevented).toBe(false);
  });

  it('deletes the selection with Delete or Backspace in one undo step, and only when something is selected', () => {
    const store = example();
    const ctx = context(store);
    const before = store.getState().document;
    expect(dispatchKey(COMMANDS, press('Delete'), ctx)).toBeUndefined();
    const edge = before.edges.find((e) => e.source !== 'int-csg' && e.target !== 'int-csg')!;
    store.select(['int-csg', edge.id]);
    expect(dispatchKey(COMMANDS, press('Backspace'), ctx)?.id).toBe('delete');
    const after = store.getState().document;
    expect(after.nodes.some((n) => n.id === 'int-csg')).toBe(false);
    expect(after.edges.some((e) => e.id === edge.id || e.source === 'int-csg' || e.target === 'int-csg')).toBe(false);
    expect(store.getState().undoLabel?.nl).toBe('verwijderen');
    store.undo();
    expect(store.getState().document).toEqual(before);
  });

  it('pins and unpins the selected cards where they stand, offering only what applies', () => {
    const store = example();
    const ctx = context(store);
    store.apply({ type: 'setPositions', positions: { 'int-csg': { x: 40, y: 600 }, 'doel-herstel': { x: 300, y: 0 } } });
    store.select(['int-csg', 'doel-herstel']);
    const at = positionOf(store.getState().document, 'int-csg');
    expect(viewOf(COMMANDS, 'unpin', ctx, 'nl').disabled).toBe(true);
    expect(runCommand(COMMANDS, 'pin', ctx)).toBe(true);
    const pinned = store.getState().document.layout!.positions['int-csg']!;
    expect(pinned).toEqual({ x: at!.x, y: at!.y, pinned: true });
    expect(viewOf(COMMANDS, 'pin', ctx, 'nl').disabled).toBe(true);
    expect(runCommand(COMMANDS, 'pin', ctx)).toBe(false);
    expect(runCommand(COMMANDS, 'unpin', ctx)).toBe(true);
    expect(store.getState().document.layout!.positions['doel-herstel']!.pinned).toBeUndefined();
  });

  it('runs the toolbar’s and menus’ commands by id, and refuses what cannot run now', () => {
    const store = example();
    const ctx = context(store, { canSaveAs: false, layingOut: true });
    expect(runCommand(COMMANDS, 'save-as', ctx)).toBe(false);
    expect(viewOf(COMMANDS, 'layout', ctx, 'nl')).toMatchObject({ label: 'Bezig met indelen…', disabled: true, busy: true });
    expect(runCommand(COMMANDS, 'export-html', ctx)).toBe(true);
    expect(runCommand(COMMANDS, 'print', ctx)).toBe(true);
    expect(runCommand(COMMANDS, 'view-outline', ctx)).toBe(true);
    expect(runCommand(COMMANDS, 'no-such-command', ctx)).toBe(false);
    expect(ctx.calls).toEqual(['export html', 'export print', 'view outline']);
    expect(viewOf(COMMANDS, 'view-diagram', ctx, 'en')).toMatchObject({ label: 'Diagram', pressed: true });
    // The switch goes to the next language in the list (English while there are two), named in that language.
    expect(viewOf(COMMANDS, 'language', ctx, 'nl').label).toBe(languageInfo(LANGUAGES[1]).name);
    runCommand(COMMANDS, 'language', ctx);
    expect(store.getState().language).toBe(LANGUAGES[1]);
  });

  it('gives the presentation its own keys first: arrows step through chains, Esc ends it, editing keys do nothing', () => {
    const store = example();
    const go = vi.fn();
    const stop = vi.fn();
    const ctx = context(store, { mode: 'present', presentation: { atGoal: true, chains: 3, parts: 2, go, stop } });
    const right = press('ArrowRight');
    expect(dispatchKey(COMMANDS, right, ctx)?.id).toBe('present-next-chain');
    expect(right.propagationStopped).toBe(true);
    dispatchKey(COMMANDS, press('PageDown'), ctx);
    dispatchKey(COMMANDS, press('Home'), ctx);
    expect(go.mock.calls.map(([step]) => step)).toEqual(['next-chain', 'next-part', 'overview']);
    // Backspace goes back to the overview; it does not delete the selected card under the presentation.
    store.select(['int-csg']);
    expect(dispatchKey(COMMANDS, press('Backspace'), ctx)?.id).toBe('present-overview');
    expect(dispatchKey(COMMANDS, press('1'), ctx)).toBeUndefined();
    expect(store.getState().document.nodes.some((n) => n.id === 'int-csg')).toBe(true);
    expect(dispatchKey(COMMANDS, press('Escape'), ctx)?.id).toBe('present-exit');
    expect(stop).toHaveBeenCalledOnce();
    // On the whole plan (no goal chosen) the arrows do nothing, and still never reach the canvas.
    const overview = context(store, { mode: 'present', presentation: { atGoal: false, chains: 0, parts: 1, go, stop } });
    const left = press('ArrowLeft');
    expect(dispatchKey(COMMANDS, left, overview)).toBeUndefined();
    expect(left.propagationStopped).toBe(true);
  });

  it('steps through a presented goal chain by chain and strategy by strategy, wrapping around', () => {
    const at = { goal: 'g', part: 0, chain: -1 };
    expect(nextSlide(at, 'next-chain', 3, 1)).toEqual({ goal: 'g', part: 0, chain: 0 });
    expect(nextSlide(at, 'previous-chain', 3, 1)).toEqual({ goal: 'g', part: 0, chain: 2 });
    expect(nextSlide({ ...at, chain: 2 }, 'next-chain', 3, 1)).toEqual(at);
    expect(nextSlide(at, 'previous-part', 3, 4)).toEqual({ goal: 'g', part: 3, chain: -1 });
    expect(nextSlide({ ...at, chain: 1 }, 'next-part', 3, 4)).toEqual({ goal: 'g', part: 1, chain: -1 });
    expect(nextSlide(at, 'next-part', 3, 1)).toBe(at);
    expect(nextSlide({ ...at, part: 2 }, 'overview', 3, 4)).toEqual({ part: 0, chain: -1 });
  });
});

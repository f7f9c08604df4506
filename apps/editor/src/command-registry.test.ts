import { describe, expect, it, vi } from 'vitest';
import { getTemplate, KIND_ORDER, NODE_KIND_SPECS } from '@veranderlogica/core';
import { COMMANDS, dispatchKey, keyOf, type CommandContext } from './command-registry.js';
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
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
  return event as unknown as KeyboardEvent & { defaultPrevented: boolean };
}

function context(store: EditorStore): CommandContext & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    store,
    addCard: (kind) => calls.push(`add ${kind}`),
    duplicate: () => calls.push('duplicate'),
    save: (asNew) => calls.push(asNew ? 'save as' : 'save'),
    open: () => calls.push('open'),
    find: () => calls.push('find'),
    help: () => calls.push('help'),
    escape: () => calls.push('escape'),
  };
}

describe('the command registry', () => {
  it('declares every shortcut once: no two commands share a key, every command has a label in both languages', () => {
    const keys = COMMANDS.flatMap((command) => command.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const command of COMMANDS) {
      expect(command.label.nl.length).toBeGreaterThan(2);
      expect(command.label.en.length).toBeGreaterThan(2);
    }
    // The number keys come from the kinds' own shortcuts.
    for (const kind of KIND_ORDER) expect(COMMANDS.find((c) => c.id === `add-${kind}`)?.keys).toEqual([NODE_KIND_SPECS[kind].shortcut]);
  });

  it('reads keys the way the registry writes them', () => {
    expect(keyOf(press('z', { mod: true }))).toBe('Mod+Z');
    expect(keyOf(press('Z', { mod: true, shift: true }))).toBe('Mod+Shift+Z');
    expect(keyOf(press('?', { shift: true }))).toBe('?');
    expect(keyOf(press('Escape'))).toBe('Escape');
    expect(keyOf(press('1'))).toBe('1');
  });

  it('undoes and redoes on the store, only when there is something to undo or redo', () => {
    const store = new EditorStore(getTemplate('voorbeeldregio')!.create());
    const ctx = context(store);
    expect(dispatchKey(COMMANDS, press('z', { mod: true }), ctx)).toBeUndefined();
    store.apply({ type: 'updateNode', id: 'int-csg', changes: { title: 'Spreekuur' } });
    const undo = press('z', { mod: true });
    expect(dispatchKey(COMMANDS, undo, ctx)?.id).toBe('undo');
    expect(undo.defaultPrevented).toBe(true);
    expect(store.getState().document.nodes.find((n) => n.id === 'int-csg')!.title).not.toBe('Spreekuur');
    expect(dispatchKey(COMMANDS, press('y', { mod: true }), ctx)?.id).toBe('redo');
    expect(store.getState().document.nodes.find((n) => n.id === 'int-csg')!.title).toBe('Spreekuur');
  });

  it('leaves keys to a text field, except the ones made to work there', () => {
    const store = new EditorStore(getTemplate('voorbeeldregio')!.create());
    store.apply({ type: 'updateNode', id: 'int-csg', changes: { title: 'Spreekuur' } });
    const ctx = context(store);
    // Typing a 1 in a title is a 1, not a new goal; Ctrl+Z there is the field's own undo.
    expect(dispatchKey(COMMANDS, press('1', {}, 'INPUT'), ctx)).toBeUndefined();
    expect(dispatchKey(COMMANDS, press('z', { mod: true }, 'TEXTAREA'), ctx)).toBeUndefined();
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
    const store = new EditorStore(getTemplate('voorbeeldregio')!.create());
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
});

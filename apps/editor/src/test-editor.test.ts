import { describe, expect, it } from 'vitest';
import { NODE_KIND_SPECS, NODE_KINDS, positionOf } from '@veranderlogica/core';
import { TestEditor } from './test-editor.js';

describe('TestEditor: the editor without a browser', () => {
  it('adds a card of each kind with its key, in its layer, selected; undo takes each away again', () => {
    const editor = new TestEditor();
    const before = editor.document.nodes.length;
    for (const kind of NODE_KINDS.values) {
      expect(editor.press(NODE_KIND_SPECS[kind].shortcut)).toBe(`add-${kind}`);
      const [id] = [...editor.selected];
      const card = editor.document.nodes.find((node) => node.id === id)!;
      expect(card.kind).toBe(kind);
      expect(positionOf(editor.document, id!)).toBeDefined();
    }
    expect(editor.document.nodes).toHaveLength(before + NODE_KINDS.values.length);
    for (let i = 0; i < NODE_KINDS.values.length; i++) editor.press('z', { mod: true });
    expect(editor.document.nodes).toHaveLength(before);
  });

  it('leaves keys typed in a field to the field, but Ctrl+F still finds', () => {
    const editor = new TestEditor();
    const before = editor.document.nodes.length;
    expect(editor.press('1', { in: 'INPUT' })).toBeUndefined();
    expect(editor.document.nodes).toHaveLength(before);
    expect(editor.press('f', { mod: true, in: 'INPUT' })).toBe('find');
    expect(editor.calls).toEqual(['find']);
  });

  it('deletes the selection with Delete, with its connections, and the undo button says what it will undo', () => {
    const editor = new TestEditor();
    expect(editor.button('delete').disabled).toBe(true);
    const connected = editor.document.edges.filter((edge) => edge.source === 'int-csg' || edge.target === 'int-csg').length;
    expect(connected).toBeGreaterThan(0);
    const edges = editor.document.edges.length;
    editor.select('int-csg');
    expect(editor.button('delete').disabled).toBe(false);
    expect(editor.press('Delete')).toBe('delete');
    expect(editor.document.nodes.some((node) => node.id === 'int-csg')).toBe(false);
    expect(editor.document.edges).toHaveLength(edges - connected);
    expect(editor.button('undo').disabled).toBe(false);
    expect(editor.button('undo').detail).toBeTruthy();
    editor.run('undo');
    expect(editor.document.nodes.some((node) => node.id === 'int-csg')).toBe(true);
    expect(editor.document.edges).toHaveLength(edges);
    expect(editor.button('redo').disabled).toBe(false);
  });

  it('switches views and the workshop column, and shows which is on', () => {
    const editor = new TestEditor();
    expect(editor.button('view-outline').pressed).toBe(false);
    editor.run('view-outline');
    expect(editor.view).toBe('outline');
    expect(editor.button('view-outline').pressed).toBe(true);
    expect(editor.button('view-diagram').pressed).toBe(false);
    editor.run('workshop');
    expect(editor.workshop).toBe(true);
    expect(editor.button('workshop').pressed).toBe(true);
  });

  it('selects every card with Ctrl+A, and presenting leaves the editing keys silent', () => {
    const editor = new TestEditor();
    editor.press('a', { mod: true });
    expect(editor.selected.size).toBe(editor.document.nodes.length);
    editor.press('F5');
    expect(editor.mode).toBe('present');
    const before = editor.document.nodes.length;
    expect(editor.press('Delete')).toBeUndefined();
    expect(editor.document.nodes).toHaveLength(before);
  });
});

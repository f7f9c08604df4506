// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyOperation, createNode, serializeDocument, type Document } from '@veranderlogica/core';
import { syntheticDocument } from '@veranderlogica/core/testing';

// IndexedDB as a map: what the editor writes, and how often.
const stored = new Map<string, unknown>();
const writes: string[] = [];
vi.mock('idb-keyval', () => ({
  createStore: () => ({}),
  get: (key: string) => Promise.resolve(stored.get(key)),
  set: (key: string, value: unknown) => {
    writes.push(key);
    stored.set(key, value);
    return Promise.resolve();
  },
  del: (key: string) => Promise.resolve(void stored.delete(key)),
}));

const JOURNAL = 'veranderlogica:journal';
const plan = syntheticDocument(40);
const withGoal = (document: Document, title: string) =>
  applyOperation(document, { type: 'addNode', node: createNode('goal', { title }) }).document;

beforeEach(() => {
  vi.resetModules();
  stored.clear();
  writes.length = 0;
  localStorage.clear();
});

async function reopen() {
  const { Autosave, loadCurrent } = await import('./persistence.js');
  const restored = await loadCurrent();
  if (restored.kind !== 'ok') throw new Error(`not restored: ${restored.kind}`);
  return { autosave: new Autosave(0), document: restored.document };
}

describe('Autosave on opening the last plan', () => {
  it('writes nothing back for a plan read from IndexedDB as stored, and saves its first edit', async () => {
    stored.set('current', serializeDocument(plan));
    const { autosave, document } = await reopen();
    autosave.schedule(document);
    await autosave.flush();
    autosave.flushNow();
    expect(writes).toEqual([]);
    expect(localStorage.getItem(JOURNAL)).toBeNull();
    const edited = withGoal(document, 'Minder eenzaamheid');
    autosave.schedule(edited);
    await autosave.flush();
    expect(writes).toContain('current');
    expect(stored.get('current')).toBe(serializeDocument(edited));
    // Undo back to the plan as opened is an edit too: it is written, not taken for the stored one.
    writes.length = 0;
    autosave.schedule(document);
    await autosave.flush();
    expect(stored.get('current')).toBe(serializeDocument(document));
  });

  it('moves a plan restored from the journal into IndexedDB and clears the journal', async () => {
    stored.set('current', serializeDocument(plan));
    const newer = withGoal(plan, 'Net voor het sluiten');
    localStorage.setItem(JOURNAL, serializeDocument(newer));
    const { autosave, document } = await reopen();
    expect(document.nodes).toHaveLength(newer.nodes.length);
    autosave.schedule(document);
    await autosave.flush();
    expect(stored.get('current')).toBe(serializeDocument(newer));
    expect(localStorage.getItem(JOURNAL)).toBeNull();
  });
});

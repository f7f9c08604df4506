import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffDocument, type Change } from '../edit/changes.js';
import { History } from '../edit/history.js';
import { makeVersion } from '../edit/versions.js';
import type { Operation } from '../edit/operation.js';
import type { Document } from '../model/schema.js';
import { corpusPlans } from '../testing/corpus.js';
import { syntheticDocument } from '../testing/synthetic.js';
import { SharedDocument } from './binding.js';
import { roomUpdateBytes } from './message-size.js';

/** A room's replica of `document`, and the bytes of the updates that the next commit sends. */
function replica(document: Document) {
  const ydoc = new Y.Doc();
  const shared = new SharedDocument(ydoc, { voter: 'facilitator' });
  shared.load(document);
  const sent = (changes: readonly Change[], after: Document) => {
    let bytes = 0;
    const count = (update: Uint8Array) => (bytes += update.byteLength);
    ydoc.on('update', count);
    shared.commit(changes, after);
    ydoc.off('update', count);
    return bytes;
  };
  return { shared, sent };
}

/** The changes of one operation on `document`, and the update they make in a room. */
function measure(document: Document, operation: Operation) {
  const { shared, sent } = replica(document);
  const history = new History(shared.read());
  history.apply(operation);
  const changes = diffDocument(shared.read(), history.document);
  return { estimate: roomUpdateBytes(changes), actual: sent(changes, history.document) };
}

const plans = [...corpusPlans(), { name: 'synthetic 2,000', document: syntheticDocument(2_000) }];

describe('roomUpdateBytes', () => {
  it('never says less than the update a change makes, for every shape of change on every plan of the corpus', () => {
    for (const { name, document } of plans) {
      const cards = document.nodes.map((node) => node.id);
      const operations: Operation[] = [
        { type: 'addVersion', version: makeVersion(document, { id: 'versie-1', name: 'Vastgesteld', created: '2026-11-28T10:00:00Z' }) },
        { type: 'moveNodes', positions: Object.fromEntries(cards.map((id, i) => [id, { x: i * 300, y: (i % 7) * 170 }])) },
        { type: 'batch', operations: cards.map((id) => ({ type: 'removeNode', id })) },
        { type: 'batch', operations: cards.map((id, i) => ({ type: 'updateNode', id, changes: { title: `Kaart ${i}` } })) },
      ];
      for (const operation of operations) {
        const { estimate, actual } = measure(document, operation);
        expect(estimate, `${name}: ${operation.type}`).toBeGreaterThanOrEqual(actual);
      }
      // A whole plan arriving at once: the estimate stays within twice the update, so it refuses nothing that fits.
      const load = diffDocument(
        { ...document, nodes: [], edges: [], actors: [], targetGroups: [], groups: [], sources: [], versions: [] },
        document,
      );
      const fresh = replica({ ...document, nodes: [], edges: [], actors: [], targetGroups: [], groups: [], sources: [], versions: [] });
      const actual = fresh.sent(load, document);
      expect(roomUpdateBytes(load), name).toBeGreaterThanOrEqual(actual);
      if (actual > 10_000) expect(roomUpdateBytes(load), name).toBeLessThan(2 * actual);
    }
  });
});

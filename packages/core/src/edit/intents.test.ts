import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.js';
import { applyOperation } from './apply.js';
import { deleteOperations, moveOperation, pinOperation } from './intents.js';

const example = getTemplate('voorbeeldregio')!.create();

describe('what an edit means, decided once', () => {
  it('deletes cards with their connections and the other selected connections, skipping unknown ids', () => {
    const loose = example.edges.find((edge) => edge.source !== 'int-csg' && edge.target !== 'int-csg')!;
    const ownEdge = example.edges.find((edge) => edge.source === 'int-csg' || edge.target === 'int-csg')!;
    const operations = deleteOperations(example, ['int-csg', ownEdge.id, loose.id, 'nothing']);
    expect(operations).toEqual([
      { type: 'disconnect', id: loose.id },
      { type: 'removeNode', id: 'int-csg' },
    ]);
    const after = applyOperation(example, { type: 'batch', operations }).document;
    expect(after.nodes.some((n) => n.id === 'int-csg')).toBe(false);
    expect(after.edges.some((e) => e.id === loose.id || e.source === 'int-csg' || e.target === 'int-csg')).toBe(false);
  });

  it('moves cards to whole pixels and keeps their pins; pins and unpins where a card stands', () => {
    const pinned = applyOperation(example, pinOperation(example, 'doel-herstel', true, { x: 10.6, y: 20.2 })).document;
    expect(pinned.layout?.positions['doel-herstel']).toEqual({ x: 11, y: 20, pinned: true });
    const moved = applyOperation(
      pinned,
      moveOperation(pinned, { 'doel-herstel': { x: 300.4, y: 40 }, 'int-csg': { x: 1, y: 2 } }),
    ).document;
    expect(moved.layout?.positions['doel-herstel']).toEqual({ x: 300, y: 40, pinned: true });
    expect(moved.layout?.positions['int-csg']).toEqual({ x: 1, y: 2 });
    const loose = applyOperation(moved, pinOperation(moved, 'doel-herstel', false)).document;
    expect(loose.layout?.positions['doel-herstel']).toEqual({ x: 300, y: 40 });
  });
});

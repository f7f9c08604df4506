import type { Document } from '../model/schema.js';
import type { Operation } from './operation.js';

/**
 * What deleting a selection removes: every card in it with its connections, and every selected connection whose
 * cards stay. Ids that are neither are skipped. One list of operations, so canvas, list, inspector and cut agree.
 *
 * @example
 * history.apply(deleteOperations(document, selection), { label: { nl: 'verwijderen', en: 'delete' } });
 */
export function deleteOperations(document: Document, ids: Iterable<string>): Operation[] {
  const wanted = new Set(ids);
  const cards = document.nodes.filter((node) => wanted.has(node.id)).map((node) => node.id);
  const going = new Set(cards);
  const connections = document.edges.filter((edge) => wanted.has(edge.id) && !going.has(edge.source) && !going.has(edge.target));
  return [
    ...connections.map((edge): Operation => ({ type: 'disconnect', id: edge.id })),
    ...cards.map((id): Operation => ({ type: 'removeNode', id })),
  ];
}

/**
 * Moving cards: their new places, rounded to whole pixels, each card keeping its pin. A pinned card that is moved
 * by hand stays pinned at its new place (pinning means "the layout leaves it alone", not "it cannot move").
 *
 * @example
 * history.apply(moveOperation(document, { 'goal-1': { x: 120.4, y: 80 } }));
 */
export function moveOperation(document: Document, moves: Readonly<Record<string, { readonly x: number; readonly y: number }>>): Operation {
  const current = document.layout?.positions ?? {};
  const positions = Object.fromEntries(
    Object.entries(moves).map(([id, at]) => [
      id,
      { x: Math.round(at.x), y: Math.round(at.y), ...(current[id]?.pinned ? { pinned: true } : {}) },
    ]),
  );
  return { type: 'setPositions', positions };
}

/**
 * Pinning or unpinning a card where it stands now (`at`: where the canvas shows it; the stored place otherwise).
 *
 * @example
 * history.apply(pinOperation(document, 'goal-1', true));
 */
export function pinOperation(document: Document, id: string, pinned: boolean, at?: { readonly x: number; readonly y: number }): Operation {
  const place = at ?? document.layout?.positions[id] ?? { x: 0, y: 0 };
  return {
    type: 'setPositions',
    positions: { [id]: { x: Math.round(place.x), y: Math.round(place.y), ...(pinned ? { pinned: true } : {}) } },
  };
}

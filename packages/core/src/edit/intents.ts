import { positionOf } from '../model/factory.js';
import type { Document } from '../model/schema.js';
import { isStringSet } from './changes.js';
import { NODE_LIST_FIELDS, type NodeChanges, type NodeListField, type Operation } from './operation.js';

/**
 * What deleting a selection removes: every card in it with its connections, and every selected connection whose
 * cards stay. Ids that are neither are skipped. One list of operations, so canvas, list, inspector and cut agree.
 *
 * @example
 * history.apply(deleteOperations(document, selection), { label: bilingual('verwijderen', 'delete') });
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
export function moveOperation(_document: Document, moves: Readonly<Record<string, { readonly x: number; readonly y: number }>>): Operation {
  const positions = Object.fromEntries(Object.entries(moves).map(([id, at]) => [id, { x: Math.round(at.x), y: Math.round(at.y) }]));
  return { type: 'moveNodes', positions };
}

/**
 * Pinning or unpinning a card where it stands now (`at`: where the canvas shows it; the stored place otherwise).
 *
 * @example
 * history.apply(pinOperation(document, 'goal-1', true));
 */
export function pinOperation(document: Document, id: string, pinned: boolean, at?: { readonly x: number; readonly y: number }): Operation {
  const place = at ?? positionOf(document, id) ?? { x: 0, y: 0 };
  return { type: 'pinNode', id, pinned, at: { x: Math.round(place.x), y: Math.round(place.y) } };
}

/**
 * A card's changes as operations of intent: a list of partners, target groups
 * or tags that gained or lost single members becomes `addToNode` and
 * `removeFromNode` (so two people ticking different partners at the same time
 * both count); every other field stays one `updateNode`.
 *
 * @example
 * history.apply(nodeChangeOperations(document, 'int-1', { actors: ['ggd', 'politie'] }));
 * // → [{ type: 'addToNode', id: 'int-1', field: 'actors', value: 'politie' }]
 */
export function nodeChangeOperations(document: Document, id: string, changes: NodeChanges): Operation[] {
  const node = document.nodes.find((candidate) => candidate.id === id) as Record<string, unknown> | undefined;
  const operations: Operation[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const current = node?.[key];
    if ((NODE_LIST_FIELDS as readonly string[]).includes(key) && isStringSet(current) && isStringSet(value)) {
      const field = key as NodeListField;
      for (const member of current) if (!value.includes(member)) operations.push({ type: 'removeFromNode', id, field, value: member });
      for (const member of value) if (!current.includes(member)) operations.push({ type: 'addToNode', id, field, value: member });
    } else {
      Object.defineProperty(rest, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  if (Object.keys(rest).length > 0 || operations.length === 0) operations.unshift({ type: 'updateNode', id, changes: rest });
  return operations;
}

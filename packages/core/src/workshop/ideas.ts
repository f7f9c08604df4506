import { createNode, usedIds } from '../model/factory.js';
import { newId } from '../model/ids.js';
import { LIMITS, type Document, type Position } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';
import type { Operation } from '../edit/operation.js';
import { captureLines } from './capture.js';

/**
 * Operations that put one idea per line of `text` in the workshop's ideas lane: cards without a kind yet, for
 * brainstorming before the room structures them (list markers and empty lines dropped, as in quick capture).
 *
 * @example
 * history.apply(ideaOperations(document, 'Buurtapp\nKoffie bij de kapper'), { label: bilingual('ideeën', 'ideas') });
 */
export function ideaOperations(document: Document, text: string): Operation[] {
  const taken = usedIds(document);
  for (const idea of document.workshop?.ideas ?? []) taken.add(idea.id);
  return captureLines(text).map((line) => {
    const id = newId('idee', (candidate) => taken.has(candidate));
    taken.add(id);
    return { type: 'addIdea', idea: { id, text: line.slice(0, LIMITS.maxTitleLength) } };
  });
}

/**
 * Operations that make an idea a card of `kind` with the idea's words as its title, and take it out of the lane:
 * one undo step (sorting with a key, or dropping the idea on a layer). Nothing for an idea that is gone.
 *
 * @example
 * history.apply(sortIdea(document, 'idee-1', 'intervention', { x: 0, y: 400 }), { label: bilingual('idee sorteren', 'sort idea') });
 */
export function sortIdea(document: Document, id: string, kind: NodeKind, position?: Position): Operation[] {
  const idea = document.workshop?.ideas.find((candidate) => candidate.id === id);
  if (!idea) return [];
  const taken = usedIds(document);
  const node = createNode(kind, { title: idea.text }, (candidate) => taken.has(candidate));
  return [
    { type: 'addNode', node, ...(position && { position }) },
    { type: 'removeIdea', id },
  ];
}

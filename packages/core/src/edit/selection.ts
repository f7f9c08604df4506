import type { Localized } from '../i18n/localized.js';
import { createEdge, usedIds } from '../model/factory.js';
import { edgeKindFor } from '../model/connections.js';
import type { Document, ToCNode } from '../model/schema.js';
import { canConnect } from './can-connect.js';
import type { NodeKind } from '../model/vocabulary.js';
import type { NodeListField, Operation } from './operation.js';

/** The fields a selection of cards can be given at once, and the kinds of card that have each. */
export const SELECTION_FIELDS = {
  group: ['intervention', 'mechanism', 'outcome'],
  area: ['intervention'],
  priority: ['intervention'],
  status: ['intervention'],
  level: ['goal'],
  horizon: ['goal', 'outcome'],
} as const satisfies Record<string, readonly NodeKind[]>;

/**
 * A field a whole selection can be given: see {@link SELECTION_FIELDS}.
 *
 * @example
 * const field: SelectionField = 'area';
 * const values = selectionValues(document, selected, field);
 */
export type SelectionField = keyof typeof SELECTION_FIELDS;

const cardsOf = (document: Document, ids: Iterable<string>) => {
  const wanted = new Set(ids);
  return document.nodes.filter((node) => wanted.has(node.id));
};

const has = (node: ToCNode, field: SelectionField) => (SELECTION_FIELDS[field] as readonly NodeKind[]).includes(node.kind);

/**
 * The selected cards that have `field`, with the value each holds now: what a bulk editor shows ("3 of 5",
 * "mixed") before it changes them.
 *
 * @example
 * selectionValues(document, selected, 'area'); // [['int-a', 'prevention'], ['int-b', 'signalling']]
 */
export function selectionValues(document: Document, ids: Iterable<string>, field: SelectionField): [string, unknown][] {
  return cardsOf(document, ids)
    .filter((node) => has(node, field))
    .map((node) => [node.id, (node as unknown as Record<string, unknown>)[field]]);
}

/**
 * Operations that give every selected card that has `field` the same value (a group, an area, a priority, a term
 * or level): one undo step for the whole selection. Cards without the field, and cards that already hold the
 * value, are left alone; `undefined` takes an optional value (a group) off.
 *
 * @example
 * history.apply(setOnSelection(document, selected, 'group', 'strategie-1'), { label: bilingual('groep geven', 'set group') });
 */
export function setOnSelection(document: Document, ids: Iterable<string>, field: SelectionField, value: unknown): Operation[] {
  const operations: Operation[] = [];
  for (const node of cardsOf(document, ids)) {
    if (!has(node, field) || (node as unknown as Record<string, unknown>)[field] === value) continue;
    operations.push({ type: 'updateNode', id: node.id, changes: { [field]: value } });
  }
  return operations;
}

/**
 * Operations that put `value` in a list field (partners, target groups, tags) of every selected card that has it
 * and lacks the value (`on` true), or take it out of every one that holds it (`false`): one undo step.
 *
 * @example
 * history.apply(assignToSelection(document, selected, 'targetGroups', 'ouderen', true), { label: bilingual('Doelgroep toegekend', 'Target group assigned') });
 */
export function assignToSelection(
  document: Document,
  ids: Iterable<string>,
  field: NodeListField,
  value: string,
  on: boolean,
): Operation[] {
  const operations: Operation[] = [];
  for (const node of cardsOf(document, ids)) {
    const list = (node as unknown as Record<string, unknown>)[field];
    if (!Array.isArray(list) || list.includes(value) === on) continue;
    operations.push({ type: on ? 'addToNode' : 'removeFromNode', id: node.id, field, value });
  }
  return operations;
}

/**
 * Operations that connect every selected card with `other`, each the way the model allows (a selected intervention
 * leads to a chosen mechanism; a chosen intervention leads to selected mechanisms), and the cards that cannot be
 * connected with it, each with the reason: **Verbind met…** without a drag, at any zoom.
 *
 * @example
 * const { operations, refused } = connectSelectionTo(document, selected, 'mech-kennis');
 * history.apply(operations, { label: bilingual('verbinden', 'connect') });
 */
export function connectSelectionTo(
  document: Document,
  ids: Iterable<string>,
  other: string,
): { operations: Operation[]; refused: { id: string; reason: Localized }[] } {
  const taken = usedIds(document);
  const operations: Operation[] = [];
  const refused: { id: string; reason: Localized }[] = [];
  const target = document.nodes.find((node) => node.id === other);
  for (const node of cardsOf(document, ids)) {
    if (!target || node.id === other) continue;
    const forward = canConnect(document, node.id, other);
    const backward = forward.ok ? forward : canConnect(document, other, node.id);
    if (!backward.ok) {
      // The reason for the direction the model has: "already connected" rather than "a mechanism cannot lead to an intervention".
      const reason = edgeKindFor(node.kind, target.kind) !== undefined || forward.ok ? forward : backward;
      refused.push({ id: node.id, reason: (reason as { reason: Localized }).reason });
      continue;
    }
    const edge = forward.ok ? createEdge(node, target, {}, (id) => taken.has(id)) : createEdge(target, node, {}, (id) => taken.has(id));
    taken.add(edge.id);
    operations.push({ type: 'connect', edge });
  }
  return { operations, refused };
}

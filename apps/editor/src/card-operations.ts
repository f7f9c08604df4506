import { canConnect } from '@veranderlogica/core/editing';
import { createEdge, createNode, usedIds, type Document, type NodeKind, type Operation } from '@veranderlogica/core';
import { freePosition } from '@veranderlogica/layout';
import { localize } from '@veranderlogica/ui';
import type { EditorStore } from './store.js';

/** The size the editor gives a card before it is measured. */
export const CARD = { width: 240, height: 92 };

/**
 * A new card of `kind` near a canvas point, as an operation (the id is fresh and never reused), in free space: with
 * `inLayer` in the row of its kind closest to the point (a card added with a key or in the list), else at the
 * point, moved sideways off any card it would cover (a double click, a drag to empty space).
 */
export function addCardOperation(
  document: Document,
  kind: NodeKind,
  at: { x: number; y: number },
  inLayer = false,
): { op: Operation; id: string } {
  const taken = usedIds(document);
  const node = createNode(kind, { title: '' }, (id) => taken.has(id));
  const position = freePosition(document, { x: at.x - CARD.width / 2, y: at.y - CARD.height / 2 }, inLayer ? kind : undefined);
  return { op: { type: 'addNode', node, position }, id: node.id };
}

/**
 * Connects two cards if the core allows it; otherwise shows the core's reason
 * and changes nothing. Returns whether it connected.
 */
export function connectCards(store: EditorStore, sourceId: string, targetId: string): boolean {
  const document = store.getState().document;
  const check = canConnect(document, sourceId, targetId);
  if (!check.ok) {
    store.notify(
      localize('canvas.refused', (language) => ({ reason: check.reason[language] })),
      'error',
    );
    return false;
  }
  const source = document.nodes.find((n) => n.id === sourceId)!;
  const target = document.nodes.find((n) => n.id === targetId)!;
  const taken = usedIds(document);
  return store.apply({ type: 'connect', edge: createEdge(source, target, {}, (id) => taken.has(id)) }) === undefined;
}

/**
 * Adds a card of `kind` at a canvas point, connected in one undo step: either
 * an existing card points to it (`from`, the canvas's drag to empty space) or
 * it points to an existing card (`to`, the outline's "add under"). Returns
 * the new card's id.
 */
export function addConnectedCard(
  store: EditorStore,
  kind: NodeKind,
  at: { x: number; y: number },
  link: { readonly from: string } | { readonly to: string },
): string {
  const document = store.getState().document;
  const { op, id } = addCardOperation(document, kind, at);
  const node = (op as Extract<Operation, { type: 'addNode' }>).node;
  const other = document.nodes.find((n) => n.id === ('from' in link ? link.from : link.to));
  if (!other) throw new Error('The card to connect to does not exist');
  const taken = usedIds(document);
  taken.add(id);
  const [source, target] = 'from' in link ? [other, node] : [node, other];
  store.apply([op, { type: 'connect', edge: createEdge(source, target, {}, (x) => taken.has(x)) }], {
    label: localize('undo.addConnected'),
  });
  return id;
}

/**
 * Puts the keyboard in a new card's title in the inspector, so the room's words go straight onto the card. Esc
 * leaves the field (see the editor's key handling) and the keys 1–6 add cards again.
 */
export function focusNewCardTitle(): void {
  // Two frames: one for the selection to reach the inspector, one for the inspector to render the card's fields.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => window.document.querySelector<HTMLInputElement>('.editor__right input[name="title"]')?.focus()),
  );
}

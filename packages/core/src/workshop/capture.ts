import { createEdge, createNode, usedIds } from '../model/factory.js';
import { edgeKindFor } from '../model/connections.js';
import { LIMITS, type Document, type Position, type ToCNode } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';
import type { Operation } from '../edit/operation.js';

/** At most this many cards from one paste: a stray paste of a whole document should not flood the canvas. */
export const MAX_CAPTURE_LINES = 200;

/**
 * The card texts in typed or pasted text: one per line, without list
 * markers (•, -, *, 1., a)), empty lines skipped. A line longer than a title may
 * be is kept whole (up to the limit of a description): {@link captureOperations}
 * makes its start the title and keeps all of it in the description.
 *
 * @example
 * captureLines('- Lespakket\n2. Campagne\n\n'); // ['Lespakket', 'Campagne']
 */
export function captureLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•·–—]|\d{1,3}[.)]|[a-z][.)])\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .slice(0, MAX_CAPTURE_LINES)
    .map((line) => line.slice(0, LIMITS.maxTextFieldLength));
}

/** A title for a line too long to be one: its start, cut between words, with an ellipsis. */
function titleOf(line: string): string {
  if (line.length <= LIMITS.maxTitleLength) return line;
  const room = line.slice(0, LIMITS.maxTitleLength - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > LIMITS.maxTitleLength / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/**
 * Operations that add one card of `kind` per line of `text`, with fresh ids,
 * in a row starting at `at` (the editor lays them out afterwards). `fields`
 * go on every card (e.g. the area chosen for interventions). A line longer than
 * a title may be gets its start as the title and all of it as the description.
 * With `leadsTo`, every new card is connected to that card (quick capture's
 * "leidt tot…"), where the model allows the connection.
 *
 * @example
 * const { operations, ids } = captureOperations(document, 'goal', 'Minder geweld\nSneller hulp', { x: 0, y: 0 });
 * history.apply(operations);
 */
export function captureOperations(
  document: Document,
  kind: NodeKind,
  text: string,
  at: Position,
  fields: Record<string, unknown> = {},
  options: { readonly leadsTo?: string } = {},
): { operations: Operation[]; ids: string[] } {
  const taken = usedIds(document);
  const operations: Operation[] = [];
  const ids: string[] = [];
  const target = options.leadsTo === undefined ? undefined : document.nodes.find((node) => node.id === options.leadsTo);
  captureLines(text).forEach((line, i) => {
    const title = titleOf(line);
    // Nothing typed or pasted is lost: a line cut short for the title is kept whole in the description.
    const node = createNode(kind, { ...fields, title, ...(title !== line ? { description: line } : {}) }, (id) => taken.has(id));
    taken.add(node.id);
    ids.push(node.id);
    operations.push({ type: 'addNode', node, position: { x: Math.round(at.x + i * 260), y: Math.round(at.y) } });
    // "Leidt tot…": each new card is connected to the chosen card, where the model allows it.
    if (target && edgeKindFor(kind, target.kind)) {
      const edge = createEdge(node, target, {}, (id) => taken.has(id));
      taken.add(edge.id);
      operations.push({ type: 'connect', edge });
    }
  });
  return { operations, ids };
}

/**
 * The cards a newly captured card of `kind` can lead to (or measure, or underlie), for quick capture's
 * "leidt tot…" field: every card the model lets it point to, in document order.
 *
 * @example
 * captureTargets(document, 'mechanism').map((node) => node.title); // the outcomes and goals
 */
export function captureTargets(document: Document, kind: NodeKind): readonly ToCNode[] {
  return document.nodes.filter((node) => edgeKindFor(kind, node.kind) !== undefined);
}

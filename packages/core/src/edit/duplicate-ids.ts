import type { Document } from '../model/schema.js';

/** One card or connection that shared its id with another and was given an id of its own. */
export interface SeparatedId {
  readonly kind: 'node' | 'edge';
  readonly from: string;
  readonly to: string;
  /** The card's title (for a connection: empty). */
  readonly title: string;
}

/**
 * A plan with every card and connection under an id of its own: where a file gives two cards (or two
 * connections) the same id, the first keeps it (connections, positions and dots stay with it) and each later
 * one gets the id with `-2`, `-3`, … added, so that a view keyed by id shows every card instead of dropping
 * one. The validation rule `duplicate-id` reports such a file; this is what an editor does before showing it.
 *
 * @example
 * const { document: shown, separated } = separateDuplicateIds(opened);
 * for (const s of separated) notice(`"${s.title}" heet nu ${s.to}`);
 */
export function separateDuplicateIds(document: Document): { document: Document; separated: SeparatedId[] } {
  const taken = new Set<string>();
  for (const list of [document.nodes, document.edges, document.actors, document.targetGroups, document.groups, document.sources]) {
    for (const item of list) taken.add(item.id);
  }
  const separated: SeparatedId[] = [];
  const fresh = (id: string) => {
    let n = 2;
    while (taken.has(`${id.slice(0, 58)}-${n}`)) n++;
    const next = `${id.slice(0, 58)}-${n}`;
    taken.add(next);
    return next;
  };
  const seenNodes = new Set<string>();
  const nodes = document.nodes.map((node) => {
    if (!seenNodes.has(node.id)) {
      seenNodes.add(node.id);
      return node;
    }
    const to = fresh(node.id);
    separated.push({ kind: 'node', from: node.id, to, title: node.title });
    return { ...node, id: to };
  });
  const seenEdges = new Set<string>();
  const edges = document.edges.map((edge) => {
    if (!seenEdges.has(edge.id)) {
      seenEdges.add(edge.id);
      return edge;
    }
    const to = fresh(edge.id);
    separated.push({ kind: 'edge', from: edge.id, to, title: '' });
    return { ...edge, id: to };
  });
  if (separated.length === 0) return { document, separated };
  return { document: { ...document, nodes, edges }, separated };
}

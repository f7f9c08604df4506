import { createDocument, createEdge, createNode } from '../model/factory.js';
import type { Document, ToCNode } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';

/** A card for {@link build}: its kind, id and any other fields. */
export type NodeSpec = [kind: NodeKind, id: string, fields?: Record<string, unknown>];

/**
 * A small document for tests: nodes as [kind, id, fields], edges as
 * [source, target] (kind chosen by the model, or given as a third item).
 */
export function build(
  nodes: NodeSpec[],
  edges: ([string, string] | [string, string, string])[] = [],
  extra: Partial<Document> = {},
): Document {
  const created: ToCNode[] = nodes.map(([kind, id, fields]) => createNode(kind, { title: id, ...fields, id }));
  const byId = new Map(created.map((node) => [node.id, node]));
  const madeEdges = edges.map(([source, target, kind], i) => {
    const s = byId.get(source);
    const t = byId.get(target);
    if (s && t && !kind) return createEdge(s, t, { id: `e${i + 1}` });
    return { id: `e${i + 1}`, kind: (kind ?? 'leads-to') as 'leads-to', source, target, rationale: '' };
  });
  return { ...createDocument({ id: 'test', title: 'Test' }, new Date('2026-01-01T00:00:00Z')), nodes: created, edges: madeEdges, ...extra };
}

import { createDocument, createEdge, createNode } from '../model/factory.js';
import type { Document, ToCNode } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';

type NodeSpec = [kind: NodeKind, id: string, fields?: Record<string, unknown>];

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

/** The codes of the findings, for compact assertions. */
export function codes(findings: readonly { code: string }[]): string[] {
  return findings.map((finding) => finding.code);
}

/**
 * A plan with one very long chain: `fan` interventions → one mechanism → `length` outcomes in a row → one goal. The
 * shape that exhausted the stack and the memory of recursive walks.
 */
export function longChain(length: number, fan = 1): Document {
  const nodes: NodeSpec[] = [
    ['goal', 'g'],
    ['mechanism', 'm'],
  ];
  const edges: [string, string][] = [];
  for (let i = 0; i < length; i++) {
    nodes.push(['outcome', `o${i}`]);
    edges.push([`o${i}`, i === 0 ? 'g' : `o${i - 1}`]);
  }
  edges.push(['m', `o${length - 1}`]);
  for (let i = 0; i < fan; i++) {
    nodes.push(['intervention', `i${i}`]);
    edges.push([`i${i}`, 'm']);
  }
  return build(nodes, edges);
}

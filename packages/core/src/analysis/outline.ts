import { GOAL_LEVEL_RANK } from '../model/connections.js';
import type { Document, Edge, ToCNode } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';
import { indexDocument } from '../validate/graph-index.js';

/**
 * One line of the outline: a node, the connection that brings it under its parent, and what feeds into it.
 *
 * @example
 * for (const item of outlineTree(document).goals) console.log(item.id, item.children.length);
 */
export interface OutlineItem {
  readonly id: string;
  readonly kind: NodeKind;
  /** The edge from this node to the parent item; absent on a root. */
  readonly via?: string;
  /** The node is shown in full elsewhere; its contributors are not repeated here. */
  readonly repeat: boolean;
  /** What leads to, measures or underlies this node: causal contributors first, then indicators, then assumptions. */
  readonly children: readonly OutlineItem[];
}

/** The document as a nested list, read from the goals downwards. */
export interface Outline {
  /** Top goals (goals that lead to no other goal), strategic first, each with what leads to it. */
  readonly goals: readonly OutlineItem[];
  /** Everything that reaches no goal, grouped under where its own chain ends. */
  readonly unattached: readonly OutlineItem[];
}

const EDGE_ORDER = { 'leads-to': 0, measures: 1, underlies: 2 } as const;

/**
 * The veranderlogica as a tree for an outline view or a screen reader:
 * goals ← outcomes ← mechanisms ← interventions, with indicators and
 * assumptions under the node they concern. A node that contributes to
 * several parents is shown in full once and as a `repeat` elsewhere, so the
 * tree is finite even when the graph has cycles; every node appears at
 * least once.
 *
 * @example
 * const { goals, unattached } = outlineTree(document);
 * goals[0].children.map((item) => item.id); // the outcomes that lead to the first goal
 */
export function outlineTree(document: Document): Outline {
  const index = indexDocument(document);
  const incoming = new Map<string, Edge[]>();
  const outgoing = new Set<string>();
  for (const edge of document.edges) {
    if (!index.nodeById.has(edge.source) || !index.nodeById.has(edge.target) || edge.source === edge.target) continue;
    const list = incoming.get(edge.target);
    if (list) list.push(edge);
    else incoming.set(edge.target, [edge]);
    outgoing.add(edge.source);
  }
  for (const list of incoming.values()) list.sort((a, b) => EDGE_ORDER[a.kind] - EDGE_ORDER[b.kind]);

  const shown = new Set<string>();
  const item = (node: ToCNode, via: string | undefined, repeat: boolean): OutlineItem & { children: OutlineItem[] } => ({
    id: node.id,
    kind: node.kind,
    ...(via ? { via } : {}),
    repeat,
    children: [],
  });
  // Iterative, depth first: a chain of 50,000 cards needs no deeper stack than one of three.
  const build = (root: ToCNode): OutlineItem => {
    if (shown.has(root.id)) return item(root, undefined, true);
    shown.add(root.id);
    const top = item(root, undefined, false);
    const path = new Set<string>([root.id]);
    const stack = [{ node: root, item: top, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = incoming.get(frame.node.id) ?? [];
      if (frame.next >= edges.length) {
        path.delete(frame.node.id);
        stack.pop();
        continue;
      }
      const edge = edges[frame.next++]!;
      if (path.has(edge.source)) continue; // a cycle: the validation panel reports it
      const node = index.nodeById.get(edge.source)!;
      if (shown.has(node.id)) {
        frame.item.children.push(item(node, edge.id, true));
        continue;
      }
      shown.add(node.id);
      path.add(node.id);
      const child = item(node, edge.id, false);
      frame.item.children.push(child);
      stack.push({ node, item: child, next: 0 });
    }
    return top;
  };

  const leadsToGoal = (goal: ToCNode) => (index.causalOut.get(goal.id) ?? []).some((e) => index.nodeById.get(e.target)?.kind === 'goal');
  const topGoals = document.nodes
    .map((node, order) => ({ node, order }))
    .filter(({ node }) => node.kind === 'goal' && index.nodeById.get(node.id) === node && !leadsToGoal(node))
    .sort((a, b) => levelRank(b.node) - levelRank(a.node) || a.order - b.order)
    .map(({ node }) => node);
  const goals = topGoals.map((goal) => build(goal));

  // What reaches no goal: start from the nodes where a chain stops, then anything left (cycles).
  const unattached: OutlineItem[] = [];
  for (const node of document.nodes)
    if (!shown.has(node.id) && !outgoing.has(node.id) && index.nodeById.get(node.id) === node) unattached.push(build(node));
  for (const node of document.nodes) if (!shown.has(node.id) && index.nodeById.get(node.id) === node) unattached.push(build(node));
  return { goals, unattached };
}

function levelRank(node: ToCNode): number {
  return node.kind === 'goal' && node.level ? GOAL_LEVEL_RANK[node.level] : -1;
}

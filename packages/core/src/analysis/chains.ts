import type { Document } from '../model/schema.js';
import { indexDocument, reachable } from '../validate/graph-index.js';

/** One causal path from an intervention to a goal. */
export interface Chain {
  readonly intervention: string;
  readonly goal: string;
  /** Node ids along the path, intervention first, goal last. */
  readonly nodes: readonly string[];
  /** Edge ids along the path. */
  readonly edges: readonly string[];
  /** The working mechanisms on the path: why it works. */
  readonly mechanisms: readonly string[];
}

export interface ChainOptions {
  /** Only chains ending at this goal. */
  readonly goal?: string;
  /** Stop after this many chains (paths can multiply). Default 10,000. */
  readonly limit?: number;
}

/**
 * Every causal path intervention → … → goal, with the mechanisms on it.
 * A path through an operational goal up to a strategic one yields a chain
 * for each goal it reaches. Cycles (invalid, but possible in a file) are
 * not followed twice.
 *
 * @example
 * const { chains } = causalChains(document, { goal: 'goal-1' });
 */
export function causalChains(document: Document, options: ChainOptions = {}): { chains: Chain[]; truncated: boolean } {
  const index = indexDocument(document);
  const limit = options.limit ?? 10_000;
  // Only walk nodes from which the wanted goal(s) can be reached.
  const goals = options.goal !== undefined ? [options.goal] : document.nodes.filter((n) => n.kind === 'goal').map((n) => n.id);
  const useful = reachable(index, goals, 'in');
  const wanted = new Set(goals);
  const chains: Chain[] = [];
  let truncated = false;
  for (const start of document.nodes) {
    if (start.kind !== 'intervention' || !useful.has(start.id)) continue;
    const pathNodes: string[] = [start.id];
    const pathEdges: string[] = [];
    const onPath = new Set<string>([start.id]);
    const walk = (id: string): void => {
      if (truncated) return;
      for (const edge of index.causalOut.get(id) ?? []) {
        const next = edge.target;
        if (onPath.has(next) || !useful.has(next)) continue;
        pathNodes.push(next);
        pathEdges.push(edge.id);
        onPath.add(next);
        if (wanted.has(next)) {
          if (chains.length >= limit) {
            truncated = true;
            return;
          }
          chains.push({
            intervention: start.id,
            goal: next,
            nodes: [...pathNodes],
            edges: [...pathEdges],
            mechanisms: pathNodes.filter((n) => index.nodeById.get(n)?.kind === 'mechanism'),
          });
        }
        walk(next);
        pathNodes.pop();
        pathEdges.pop();
        onPath.delete(next);
      }
    };
    walk(start.id);
  }
  return { chains, truncated };
}

/**
 * The nodes and edges that lie on some chain from an intervention to the
 * goal: what to highlight when a presenter selects that goal. Linear time,
 * however many chains there are.
 *
 * @example
 * const { nodes, edges } = chainsToGoal(document, 'goal-1');
 */
export function chainsToGoal(document: Document, goalId: string): { nodes: Set<string>; edges: Set<string> } {
  const index = indexDocument(document);
  const towardsGoal = reachable(index, [goalId], 'in');
  const interventions = document.nodes.filter((n) => n.kind === 'intervention' && towardsGoal.has(n.id)).map((n) => n.id);
  const fromInterventions = reachable(index, interventions, 'out');
  const nodes = new Set(index.causal.ids.filter((id) => towardsGoal.has(id) && fromInterventions.has(id)));
  const edges = new Set<string>();
  for (const edge of document.edges) {
    const causalEdge = index.causalOut.get(edge.source)?.includes(edge);
    if (causalEdge && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  }
  return { nodes, edges };
}

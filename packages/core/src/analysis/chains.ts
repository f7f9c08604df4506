import type { Document } from '../model/schema.js';
import { indexDocument, reachable } from '../validate/graph-index.js';

/**
 * One causal path from an intervention to a goal.
 *
 * @example
 * for (const chain of causalChains(document).chains) console.log(chain.nodes.join(' → '));
 */
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
  /**
   * Stop after this much work: every step along a connection and every card of a chain found counts one. Default
   * {@link MAX_CHAIN_WORK}, a fraction of a second; a plan whose chains are longer or more numerous than that is
   * reported as `truncated` instead of exhausting memory.
   */
  readonly maxWork?: number;
}

/** The work {@link causalChains} does at most by default: about two million steps, well under a second. */
const MAX_CHAIN_WORK = 2_000_000;

/**
 * Every causal path intervention → … → goal, with the mechanisms on it.
 * A path through an operational goal up to a strategic one yields a chain
 * for each goal it reaches. Cycles (invalid, but possible in a file) are
 * not followed twice. Iterative (a chain of 50,000 cards needs no deeper
 * stack than one of three) and bounded: after `limit` chains or `maxWork`
 * steps it stops and says `truncated`.
 *
 * @example
 * const { chains, truncated } = causalChains(document, { goal: 'goal-1' });
 */
export function causalChains(document: Document, options: ChainOptions = {}): { chains: Chain[]; truncated: boolean } {
  const index = indexDocument(document);
  const limit = options.limit ?? 10_000;
  let work = options.maxWork ?? MAX_CHAIN_WORK;
  // Only walk nodes from which the wanted goal(s) can be reached.
  const goals = options.goal !== undefined ? [options.goal] : document.nodes.filter((n) => n.kind === 'goal').map((n) => n.id);
  const useful = reachable(index, goals, 'in');
  const wanted = new Set(goals);
  const chains: Chain[] = [];
  let truncated = false;
  for (const start of document.nodes) {
    if (truncated) break;
    if (start.kind !== 'intervention' || !useful.has(start.id)) continue;
    const pathNodes: string[] = [start.id];
    const pathEdges: string[] = [];
    const onPath = new Set<string>([start.id]);
    // One frame per card on the path: the card and the next of its connections to follow.
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = index.causalOut.get(frame.id) ?? [];
      if (frame.next >= out.length) {
        stack.pop();
        if (stack.length > 0) {
          pathNodes.pop();
          pathEdges.pop();
          onPath.delete(frame.id);
        }
        continue;
      }
      const edge = out[frame.next++]!;
      if (--work < 0) {
        truncated = true;
        break;
      }
      const next = edge.target;
      if (onPath.has(next) || !useful.has(next)) continue;
      pathNodes.push(next);
      pathEdges.push(edge.id);
      onPath.add(next);
      if (wanted.has(next)) {
        work -= pathNodes.length;
        if (chains.length >= limit || work < 0) {
          truncated = true;
          break;
        }
        chains.push({
          intervention: start.id,
          goal: next,
          nodes: [...pathNodes],
          edges: [...pathEdges],
          mechanisms: pathNodes.filter((n) => index.nodeById.get(n)?.kind === 'mechanism'),
        });
      }
      stack.push({ id: next, next: 0 });
    }
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

import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import type { Edge } from '../../model/schema.js';
import { refOf, type GraphIndex, type NodeRef } from '../graph-index.js';
import { defineNodeRule, defineRule } from '../rule.js';

// Evidence a council can check: the "because" on the links of a chain, the recognition or evidence of an
// intervention, and how sure the plan is of what a goal rests on.

/**
 * The cards reached from every intervention along causal connections that `passes` lets through, each with the
 * connection it was first reached by (to name one chain back to its intervention). Linear in the plan's size.
 */
function reachedAlong(index: GraphIndex, passes: (edge: Edge) => boolean): Map<string, Edge | null> {
  const reached = new Map<string, Edge | null>();
  const queue: string[] = [];
  for (const node of index.nodesOfKind('intervention')) {
    if (reached.has(node.id)) continue;
    reached.set(node.id, null);
    queue.push(node.id);
  }
  for (let i = 0; i < queue.length; i++) {
    for (const edge of index.causalOut.get(queue[i]!) ?? []) {
      if (!passes(edge) || reached.has(edge.target) || !index.nodeById.has(edge.target)) continue;
      reached.set(edge.target, edge);
      queue.push(edge.target);
    }
  }
  return reached;
}

/** The chain by which a card was first reached: its intervention first, the card last. */
function chainTo(reached: ReadonlyMap<string, Edge | null>, id: string): string[] {
  const path = [id];
  for (let edge = reached.get(id); edge; edge = reached.get(edge.source)) path.unshift(edge.source);
  return path;
}

export const chainWithoutRationale = defineRule(
  'chain-without-rationale',
  'info',
  RULE_TEXTS['chain-without-rationale'].description,
  defineMessage<{ goal: NodeRef; chain: readonly NodeRef[] }>(RULE_TEXTS['chain-without-rationale'].message),
  (index, report) => {
    const bare = reachedAlong(index, (edge) => edge.rationale.trim() === '');
    return index.nodesOfKind('goal').flatMap((goal) => {
      if (!bare.has(goal.id) || bare.get(goal.id) === null) return [];
      const chain = chainTo(bare, goal.id);
      return [report(chain, { goal: refOf(index, goal.id), chain: chain.map((id) => refOf(index, id)) })];
    });
  },
);

export const interventionWithoutEvidence = defineNodeRule(
  'intervention-without-evidence',
  'info',
  RULE_TEXTS['intervention-without-evidence'].description,
  'intervention',
  (node) => !node.recognition && !(node.evidence && (node.evidence.source.trim() || node.evidence.link)),
  defineMessage(RULE_TEXTS['intervention-without-evidence'].message),
);

export const goalOnLowConfidence = defineRule(
  'goal-on-low-confidence',
  'warning',
  RULE_TEXTS['goal-on-low-confidence'].description,
  defineMessage<{ node: NodeRef }>(RULE_TEXTS['goal-on-low-confidence'].message),
  (index, report) => {
    // A goal some chain reaches, but none without a link of low confidence.
    const any = reachedAlong(index, () => true);
    const sure = reachedAlong(index, (edge) => edge.confidence !== 'low');
    return index
      .nodesOfKind('goal')
      .filter((goal) => any.get(goal.id) && !sure.has(goal.id))
      .map((goal) => report([goal.id], { node: refOf(index, goal.id) }));
  },
);

import { defineMessage } from '../../i18n/format.js';
import { reachableFrom, refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const unreachedGoal = defineRule(
  'unreached-goal',
  'warning',
  { nl: 'Aan elk doel werkt minstens één interventie.', en: 'At least one intervention works towards every goal.' },
  defineMessage<{ node: NodeRef }>({
    nl: 'Geen enkele interventie werkt aan doel {node}.',
    en: 'No intervention works towards goal {node}.',
  }),
  (index, report) => {
    const reached = reachableFrom(index, index.positionsOfKind('intervention'), 'out');
    const goals = index.nodesOfKind('goal');
    const positions = index.positionsOfKind('goal');
    return goals.filter((_, i) => !reached[positions[i]!]).map((node) => report([node.id], { node: refOf(index, node.id) }));
  },
);

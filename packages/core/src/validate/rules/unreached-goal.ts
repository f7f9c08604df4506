import { defineMessage } from '../../i18n/format.js';
import { reachable, refOf, type NodeRef } from '../graph-index.js';
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
    const reached = reachable(
      index,
      index.nodesOfKind('intervention').map((node) => node.id),
      'out',
    );
    return index
      .nodesOfKind('goal')
      .filter((node) => !reached.has(node.id))
      .map((node) => report([node.id], { node: refOf(index, node.id) }));
  },
);

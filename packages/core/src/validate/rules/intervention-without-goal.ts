import { defineMessage } from '../../i18n/format.js';
import { reachable, refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const interventionWithoutGoal = defineRule(
  'intervention-without-goal',
  'warning',
  {
    nl: 'Elke interventie leidt via uitkomsten naar minstens één doel.',
    en: 'Every intervention leads through outcomes to at least one goal.',
  },
  defineMessage<{ node: NodeRef }>({
    nl: 'Interventie {node} leidt naar geen enkel doel.',
    en: 'Intervention {node} does not lead to any goal.',
  }),
  (index, report) => {
    const leadsToGoal = reachable(
      index,
      index.nodesOfKind('goal').map((node) => node.id),
      'in',
    );
    return index
      .nodesOfKind('intervention')
      .filter((node) => !leadsToGoal.has(node.id))
      .map((node) => report([node.id], { node: refOf(index, node.id) }));
  },
);

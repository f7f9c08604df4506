import { defineMessage } from '../../i18n/format.js';
import { reachableFrom, refOf, type NodeRef } from '../graph-index.js';
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
    const leadsToGoal = reachableFrom(index, index.positionsOfKind('goal'), 'in');
    const interventions = index.nodesOfKind('intervention');
    const positions = index.positionsOfKind('intervention');
    return interventions.filter((_, i) => !leadsToGoal[positions[i]!]).map((node) => report([node.id], { node: refOf(index, node.id) }));
  },
);

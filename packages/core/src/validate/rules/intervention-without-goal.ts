import { nameOf, reachable } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const interventionWithoutGoal = defineRule(
  'intervention-without-goal',
  'warning',
  {
    nl: 'Elke interventie leidt via uitkomsten naar minstens één doel.',
    en: 'Every intervention leads through outcomes to at least one goal.',
  },
  (index, report) => {
    const goals = index.document.nodes.filter((node) => node.kind === 'goal').map((node) => node.id);
    const leadsToGoal = reachable(index, goals, 'in');
    return index.document.nodes
      .filter((node) => node.kind === 'intervention' && !leadsToGoal.has(node.id))
      .map((node) =>
        report([node.id], {
          nl: `Interventie ${nameOf(index, node.id)} leidt naar geen enkel doel.`,
          en: `Intervention ${nameOf(index, node.id)} does not lead to any goal.`,
        }),
      );
  },
);

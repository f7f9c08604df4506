import { nameOf, reachable } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const unreachedGoal = defineRule(
  'unreached-goal',
  'warning',
  { nl: 'Aan elk doel werkt minstens één interventie.', en: 'At least one intervention works towards every goal.' },
  (index, report) => {
    const interventions = index.document.nodes.filter((node) => node.kind === 'intervention').map((node) => node.id);
    const reached = reachable(index, interventions, 'out');
    return index.document.nodes
      .filter((node) => node.kind === 'goal' && !reached.has(node.id))
      .map((node) =>
        report([node.id], {
          nl: `Geen enkele interventie werkt aan doel ${nameOf(index, node.id)}.`,
          en: `No intervention works towards goal ${nameOf(index, node.id)}.`,
        }),
      );
  },
);

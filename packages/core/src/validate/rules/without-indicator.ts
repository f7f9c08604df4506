import { nameOf } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const goalWithoutIndicator = defineRule(
  'goal-without-indicator',
  'warning',
  { nl: 'Elk doel heeft een indicator die voortgang laat zien.', en: 'Every goal has an indicator that shows progress.' },
  (index, report) =>
    index.document.nodes
      .filter((node) => node.kind === 'goal' && !index.measuredBy.has(node.id))
      .map((node) =>
        report([node.id], {
          nl: `Doel ${nameOf(index, node.id)} heeft geen indicator.`,
          en: `Goal ${nameOf(index, node.id)} has no indicator.`,
        }),
      ),
);

/** Informational: not every outcome needs its own indicator, but it helps the measurement plan. */
export const outcomeWithoutIndicator = defineRule(
  'outcome-without-indicator',
  'info',
  { nl: 'Uitkomsten zijn meetbaar met een indicator.', en: 'Outcomes are measurable with an indicator.' },
  (index, report) =>
    index.document.nodes
      .filter((node) => node.kind === 'outcome' && !index.measuredBy.has(node.id))
      .map((node) =>
        report([node.id], {
          nl: `Uitkomst ${nameOf(index, node.id)} heeft geen indicator.`,
          en: `Outcome ${nameOf(index, node.id)} has no indicator.`,
        }),
      ),
);

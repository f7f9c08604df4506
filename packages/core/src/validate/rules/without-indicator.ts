import { defineMessage } from '../../i18n/format.js';
import { hasRow } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const goalWithoutIndicator = defineNodeRule(
  'goal-without-indicator',
  'warning',
  { nl: 'Elk doel heeft een indicator die voortgang laat zien.', en: 'Every goal has an indicator that shows progress.' },
  'goal',
  (_node, { causal }, position) => !hasRow(causal.measuredOffsets, position),
  defineMessage({ nl: 'Doel {node} heeft geen indicator.', en: 'Goal {node} has no indicator.' }),
);

/** Informational: not every outcome needs its own indicator, but it helps the measurement plan. */
export const outcomeWithoutIndicator = defineNodeRule(
  'outcome-without-indicator',
  'info',
  { nl: 'Uitkomsten zijn meetbaar met een indicator.', en: 'Outcomes are measurable with an indicator.' },
  'outcome',
  (_node, { causal }, position) => !hasRow(causal.measuredOffsets, position),
  defineMessage({ nl: 'Uitkomst {node} heeft geen indicator.', en: 'Outcome {node} has no indicator.' }),
);

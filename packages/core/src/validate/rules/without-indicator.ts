import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { hasRow } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const goalWithoutIndicator = defineNodeRule(
  'goal-without-indicator',
  'warning',
  RULE_TEXTS['goal-without-indicator'].description,
  'goal',
  (_node, { causal }, position) => !hasRow(causal.measuredOffsets, position),
  defineMessage(RULE_TEXTS['goal-without-indicator'].message),
);

/** Informational: not every outcome needs its own indicator, but it helps the measurement plan. */
export const outcomeWithoutIndicator = defineNodeRule(
  'outcome-without-indicator',
  'info',
  RULE_TEXTS['outcome-without-indicator'].description,
  'outcome',
  (_node, { causal }, position) => !hasRow(causal.measuredOffsets, position),
  defineMessage(RULE_TEXTS['outcome-without-indicator'].message),
);

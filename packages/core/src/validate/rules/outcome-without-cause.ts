import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { hasRow } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const outcomeWithoutCause = defineNodeRule(
  'outcome-without-cause',
  'warning',
  RULE_TEXTS['outcome-without-cause'].description,
  'outcome',
  (_node, { causal }, position) => !hasRow(causal.inOffsets, position),
  defineMessage(RULE_TEXTS['outcome-without-cause'].message),
);

import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { hasRow } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

/** A working mechanism explains why an intervention leads to an outcome; one on its own explains nothing yet. */
export const isolatedMechanism = defineNodeRule(
  'isolated-mechanism',
  'warning',
  RULE_TEXTS['isolated-mechanism'].description,
  'mechanism',
  (_node, { causal }, position) => !hasRow(causal.inOffsets, position) && !hasRow(causal.outOffsets, position),
  defineMessage(RULE_TEXTS['isolated-mechanism'].message),
);

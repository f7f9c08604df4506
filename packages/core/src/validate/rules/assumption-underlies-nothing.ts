import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { hasEdgeFrom } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const assumptionUnderliesNothing = defineNodeRule(
  'assumption-underlies-nothing',
  'warning',
  RULE_TEXTS['assumption-underlies-nothing'].description,
  'assumption',
  (_node, index, position) => !hasEdgeFrom(index, position, 'underlies'),
  defineMessage(RULE_TEXTS['assumption-underlies-nothing'].message),
);

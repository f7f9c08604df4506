import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { hasEdgeFrom } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const indicatorWithoutTarget = defineNodeRule(
  'indicator-without-target',
  'warning',
  RULE_TEXTS['indicator-without-target'].description,
  'indicator',
  (node) => node.targets.length === 0,
  defineMessage(RULE_TEXTS['indicator-without-target'].message),
);

export const indicatorWithoutSource = defineNodeRule(
  'indicator-without-source',
  'warning',
  RULE_TEXTS['indicator-without-source'].description,
  'indicator',
  (node) => node.source.trim() === '',
  defineMessage(RULE_TEXTS['indicator-without-source'].message),
);

export const indicatorMeasuresNothing = defineNodeRule(
  'indicator-measures-nothing',
  'warning',
  RULE_TEXTS['indicator-measures-nothing'].description,
  'indicator',
  (_node, index, position) => !hasEdgeFrom(index, position, 'measures'),
  defineMessage(RULE_TEXTS['indicator-measures-nothing'].message),
);

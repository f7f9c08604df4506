import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const selfLoop = defineRule(
  'self-loop',
  'error',
  RULE_TEXTS['self-loop'].description,
  defineMessage<{ node: NodeRef }>(RULE_TEXTS['self-loop'].message),
  (index, report) => index.selfLoops.map((edge) => report([edge.id, edge.source], { node: refOf(index, edge.source) })),
);

import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { reachableFrom, nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const unreachedGoal = defineRule(
  'unreached-goal',
  'warning',
  RULE_TEXTS['unreached-goal'].description,
  defineMessage<{ node: NodeRef }>(RULE_TEXTS['unreached-goal'].message),
  (index, report) => {
    const reached = reachableFrom(index, index.positionsOfKind('intervention'), 'out');
    const goals = index.nodesOfKind('goal');
    const positions = index.positionsOfKind('goal');
    return goals.filter((_, i) => !reached[positions[i]!]).map((node) => report([node.id], { node: nodeRef(node) }));
  },
);

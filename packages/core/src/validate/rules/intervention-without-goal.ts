import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { reachableFrom, nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const interventionWithoutGoal = defineRule(
  'intervention-without-goal',
  'warning',
  RULE_TEXTS['intervention-without-goal'].description,
  defineMessage<{ node: NodeRef }>(RULE_TEXTS['intervention-without-goal'].message),
  (index, report) => {
    const leadsToGoal = reachableFrom(index, index.positionsOfKind('goal'), 'in');
    const interventions = index.nodesOfKind('intervention');
    const positions = index.positionsOfKind('intervention');
    return interventions.filter((_, i) => !leadsToGoal[positions[i]!]).map((node) => report([node.id], { node: nodeRef(node) }));
  },
);

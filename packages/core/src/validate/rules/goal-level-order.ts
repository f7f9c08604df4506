import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { GOAL_LEVEL_RANK } from '../../model/connections.js';
import type { NodeOfKind } from '../../model/schema.js';
import type { GoalLevel } from '../../model/vocabulary.js';
import type { Finding } from '../finding.js';
import { nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const goalLevelOrder = defineRule(
  'goal-level-order',
  'warning',
  RULE_TEXTS['goal-level-order'].description,
  defineMessage<{ source: NodeRef; target: NodeRef; sourceLevel: GoalLevel; targetLevel: GoalLevel }>(
    RULE_TEXTS['goal-level-order'].message,
  ),
  (index, report) => {
    const findings: Finding[] = [];
    // Along the compressed rows from each goal: no lookups by id, no lists made.
    const { nodes, outOffsets, outTargets, outEdges } = index.causal;
    const goals = index.positionsOfKind('goal');
    for (let p = 0; p < goals.length; p++) {
      const i = goals[p]!;
      const source = nodes[i] as NodeOfKind<'goal'>;
      for (let k = outOffsets[i]!; k < outOffsets[i + 1]!; k++) {
        const target = nodes[outTargets[k]!]!;
        if (target.kind !== 'goal' || GOAL_LEVEL_RANK[source.level] <= GOAL_LEVEL_RANK[target.level]) continue;
        findings.push(
          report([index.document.edges[outEdges[k]!]!.id, source.id, target.id], {
            source: nodeRef(source),
            target: nodeRef(target),
            sourceLevel: source.level,
            targetLevel: target.level,
          }),
        );
      }
    }
    return findings;
  },
);

import { GOAL_LEVEL_RANK } from '../../model/connections.js';
import { GOAL_LEVELS } from '../../model/vocabulary.js';
import { nameOf } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const goalLevelOrder = defineRule(
  'goal-level-order',
  'warning',
  {
    nl: 'Doelen wijzen van operationeel via tactisch naar strategisch.',
    en: 'Goals point from operational through tactical to strategic.',
  },
  (index, report) => {
    const findings = [];
    for (const source of index.document.nodes) {
      if (source.kind !== 'goal') continue;
      for (const edge of index.causalOut.get(source.id) ?? []) {
        const target = index.nodeById.get(edge.target);
        if (target?.kind !== 'goal' || GOAL_LEVEL_RANK[source.level] <= GOAL_LEVEL_RANK[target.level]) continue;
        findings.push(
          report([edge.id, source.id, target.id], {
            nl: `${GOAL_LEVELS.labels[source.level].nl} doel ${nameOf(index, source.id)} wijst naar ${GOAL_LEVELS.labels[target.level].nl} doel ${nameOf(index, target.id)}; draai de verbinding om.`,
            en: `${GOAL_LEVELS.labels[source.level].en} goal ${nameOf(index, source.id)} points to ${GOAL_LEVELS.labels[target.level].en} goal ${nameOf(index, target.id)}; reverse the connection.`,
          }),
        );
      }
    }
    return findings;
  },
);

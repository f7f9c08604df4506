import { nameOf } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const unknownReference = defineRule(
  'unknown-reference',
  'error',
  {
    nl: 'Partners en doelgroepen waarnaar kaarten verwijzen, bestaan.',
    en: 'Partners and target groups that nodes refer to exist.',
  },
  (index, report) =>
    index.document.nodes.flatMap((node) => {
      const missingActors: string[] = [];
      const missingGroups: string[] = [];
      if (node.kind === 'intervention') {
        missingActors.push(...node.actors.filter((id) => !index.actorIds.has(id)));
        missingGroups.push(...node.targetGroups.filter((id) => !index.targetGroupIds.has(id)));
      } else if (node.kind === 'indicator' && node.owner !== undefined && !index.actorIds.has(node.owner)) {
        missingActors.push(node.owner);
      }
      const findings = [];
      if (missingActors.length > 0) {
        const list = missingActors.map((id) => `"${id}"`).join(', ');
        findings.push(
          report([node.id], {
            nl: `${nameOf(index, node.id)} verwijst naar een onbekende partner: ${list}.`,
            en: `${nameOf(index, node.id)} refers to an unknown partner: ${list}.`,
          }),
        );
      }
      if (missingGroups.length > 0) {
        const list = missingGroups.map((id) => `"${id}"`).join(', ');
        findings.push(
          report([node.id], {
            nl: `${nameOf(index, node.id)} verwijst naar een onbekende doelgroep: ${list}.`,
            en: `${nameOf(index, node.id)} refers to an unknown target group: ${list}.`,
          }),
        );
      }
      return findings;
    }),
);

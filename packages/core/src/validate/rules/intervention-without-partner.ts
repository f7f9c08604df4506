import { nameOf } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const interventionWithoutPartner = defineRule(
  'intervention-without-partner',
  'warning',
  { nl: 'Elke interventie heeft een partner die haar uitvoert.', en: 'Every intervention has a partner that carries it.' },
  (index, report) =>
    index.document.nodes
      .filter((node) => node.kind === 'intervention' && node.actors.length === 0)
      .map((node) =>
        report([node.id], {
          nl: `Interventie ${nameOf(index, node.id)} heeft geen uitvoerende partner.`,
          en: `Intervention ${nameOf(index, node.id)} has no partner carrying it.`,
        }),
      ),
);

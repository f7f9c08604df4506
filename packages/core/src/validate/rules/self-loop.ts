import { nameOf } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const selfLoop = defineRule(
  'self-loop',
  'error',
  { nl: 'Een kaart wijst niet naar zichzelf.', en: 'A node does not point to itself.' },
  (index, report) =>
    index.document.edges
      .filter((edge) => edge.source === edge.target)
      .map((edge) =>
        report([edge.id, edge.source], {
          nl: `${nameOf(index, edge.source)} wijst naar zichzelf.`,
          en: `${nameOf(index, edge.source)} points to itself.`,
        }),
      ),
);

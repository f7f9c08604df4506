import { defineMessage } from '../../i18n/format.js';
import { defineNodeRule } from '../rule.js';

export const interventionWithoutPartner = defineNodeRule(
  'intervention-without-partner',
  'warning',
  { nl: 'Elke interventie heeft een partner die haar uitvoert.', en: 'Every intervention has a partner that carries it.' },
  'intervention',
  (node) => node.actors.length === 0,
  defineMessage({ nl: 'Interventie {node} heeft geen uitvoerende partner.', en: 'Intervention {node} has no partner carrying it.' }),
);

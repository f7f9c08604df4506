import { defineMessage } from '../../i18n/format.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const selfLoop = defineRule(
  'self-loop',
  'error',
  { nl: 'Een kaart wijst niet naar zichzelf.', en: 'A node does not point to itself.' },
  defineMessage<{ node: NodeRef }>({ nl: '{node} wijst naar zichzelf.', en: '{node} points to itself.' }),
  (index, report) => index.selfLoops.map((edge) => report([edge.id, edge.source], { node: refOf(index, edge.source) })),
);

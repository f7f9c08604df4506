import { defineMessage } from '../../i18n/format.js';
import { hasEdgeFrom } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const assumptionUnderliesNothing = defineNodeRule(
  'assumption-underlies-nothing',
  'warning',
  { nl: 'Elke aanname onderbouwt een kaart.', en: 'Every assumption underlies a node.' },
  'assumption',
  (_node, index, position) => !hasEdgeFrom(index, position, 'underlies'),
  defineMessage({
    nl: 'Aanname {node} onderbouwt nog niets; verbind haar met de kaart die erop rust.',
    en: 'Assumption {node} underlies nothing yet; connect it to the node that rests on it.',
  }),
);

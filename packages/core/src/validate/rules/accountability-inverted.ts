import { defineMessage } from '../../i18n/format.js';
import { SPHERES } from '../../model/vocabulary.js';
import { defineChainOrderRule, type ChainOrderParams } from './chain-order.js';

/** Below the line of accountability what partners control or influence, above it what they only care about. */
export const accountabilityInverted = defineChainOrderRule(
  'accountability-inverted',
  {
    nl: 'De keten loopt van wat partners in eigen hand hebben, via invloed, naar wat zij belangrijk vinden.',
    en: 'The chain runs from what partners control, through influence, to what they care about.',
  },
  defineMessage<ChainOrderParams>({
    nl: '{source} ({from}) leidt tot {target} ({to}): de verantwoordingslijn staat op zijn kop. Klopt de invloedssfeer van beide kaarten?',
    en: '{source} ({from}) leads to {target} ({to}): the line of accountability is upside down. Are the spheres of both nodes right?',
  }),
  'sphere',
  { control: 0, influence: 1, interest: 2 },
  SPHERES.labels,
);

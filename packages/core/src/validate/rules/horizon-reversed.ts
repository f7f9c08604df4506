import { defineMessage } from '../../i18n/format.js';
import { OUTCOME_HORIZONS } from '../../model/vocabulary.js';
import { defineChainOrderRule, type ChainOrderParams } from './chain-order.js';

export const horizonReversed = defineChainOrderRule(
  'horizon-reversed',
  {
    nl: 'De keten loopt van korte naar lange termijn, niet terug.',
    en: 'The chain runs from short to long term, not back.',
  },
  defineMessage<ChainOrderParams>({
    nl: '{source} ({from}) leidt tot {target} ({to}): lange termijn gaat hier voor korte termijn. Draai de verbinding om of pas de termijn aan.',
    en: '{source} ({from}) leads to {target} ({to}): long term comes before short term here. Reverse the connection or change the term.',
  }),
  'horizon',
  { short: 0, medium: 1, long: 2 },
  OUTCOME_HORIZONS.labels,
);

import { defineMessage } from '../../i18n/format.js';
import { RULE_TEXTS } from '../locales/rule-texts.js';
import { OUTCOME_HORIZONS } from '../../model/vocabulary.js';
import { defineChainOrderRule, type ChainOrderParams } from './chain-order.js';

export const horizonReversed = defineChainOrderRule(
  'horizon-reversed',
  RULE_TEXTS['horizon-reversed'].description,
  defineMessage<ChainOrderParams>(RULE_TEXTS['horizon-reversed'].message),
  'horizon',
  { short: 0, medium: 1, long: 2 },
  OUTCOME_HORIZONS.labels,
);

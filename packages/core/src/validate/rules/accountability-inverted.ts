import { defineMessage } from '../../i18n/format.js';
import { RULE_TEXTS } from '../locales/rule-texts.js';
import { SPHERES } from '../../model/vocabulary.js';
import { defineChainOrderRule, type ChainOrderParams } from './chain-order.js';

/** Below the line of accountability what partners control or influence, above it what they only care about. */
export const accountabilityInverted = defineChainOrderRule(
  'accountability-inverted',
  RULE_TEXTS['accountability-inverted'].description,
  defineMessage<ChainOrderParams>(RULE_TEXTS['accountability-inverted'].message),
  'sphere',
  { control: 0, influence: 1, interest: 2 },
  SPHERES.labels,
);

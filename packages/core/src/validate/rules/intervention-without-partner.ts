import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { defineNodeRule } from '../rule.js';

export const interventionWithoutPartner = defineNodeRule(
  'intervention-without-partner',
  'warning',
  RULE_TEXTS['intervention-without-partner'].description,
  'intervention',
  (node) => node.actors.length === 0,
  defineMessage(RULE_TEXTS['intervention-without-partner'].message),
);

import { defineMessage } from '../../i18n/format.js';
import { hasRow } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const outcomeWithoutCause = defineNodeRule(
  'outcome-without-cause',
  'warning',
  {
    nl: 'Naar elke uitkomst leidt een interventie, mechanisme of andere uitkomst.',
    en: 'An intervention, mechanism or other outcome leads to every outcome.',
  },
  'outcome',
  (_node, { causal }, position) => !hasRow(causal.inOffsets, position),
  defineMessage({
    nl: 'Niets leidt naar uitkomst {node}: welke interventie of welk mechanisme brengt haar dichterbij?',
    en: 'Nothing leads to outcome {node}: which intervention or mechanism brings it closer?',
  }),
);

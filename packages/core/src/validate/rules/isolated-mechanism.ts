import { defineMessage } from '../../i18n/format.js';
import { hasRow } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

/** A working mechanism explains why an intervention leads to an outcome; one on its own explains nothing yet. */
export const isolatedMechanism = defineNodeRule(
  'isolated-mechanism',
  'warning',
  {
    nl: 'Elk werkzaam mechanisme hangt tussen een interventie en een uitkomst.',
    en: 'Every working mechanism sits between an intervention and an outcome.',
  },
  'mechanism',
  (_node, { causal }, position) => !hasRow(causal.inOffsets, position) && !hasRow(causal.outOffsets, position),
  defineMessage({
    nl: 'Werkzaam mechanisme {node} is nog nergens mee verbonden: welke interventie werkt zo, en tot welke uitkomst leidt het?',
    en: 'Working mechanism {node} is not connected yet: which intervention works this way, and which outcome does it lead to?',
  }),
);

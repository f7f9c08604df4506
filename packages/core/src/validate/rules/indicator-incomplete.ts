import { defineMessage } from '../../i18n/format.js';
import { hasEdgeFrom } from '../graph-index.js';
import { defineNodeRule } from '../rule.js';

export const indicatorWithoutTarget = defineNodeRule(
  'indicator-without-target',
  'warning',
  { nl: 'Elke indicator heeft een streefwaarde.', en: 'Every indicator has a target value.' },
  'indicator',
  (node) => node.targets.length === 0,
  defineMessage({ nl: 'Indicator {node} heeft geen streefwaarde.', en: 'Indicator {node} has no target value.' }),
);

export const indicatorWithoutSource = defineNodeRule(
  'indicator-without-source',
  'warning',
  {
    nl: 'Elke indicator heeft een bron: meetbaar én beschikbaar.',
    en: 'Every indicator has a data source: measurable and available.',
  },
  'indicator',
  (node) => node.source.trim() === '',
  defineMessage({ nl: 'Indicator {node} heeft geen bron.', en: 'Indicator {node} has no data source.' }),
);

export const indicatorMeasuresNothing = defineNodeRule(
  'indicator-measures-nothing',
  'warning',
  {
    nl: 'Elke indicator meet een interventie, uitkomst of doel.',
    en: 'Every indicator measures an intervention, outcome or goal.',
  },
  'indicator',
  (_node, index, position) => !hasEdgeFrom(index, position, 'measures'),
  defineMessage({
    nl: 'Indicator {node} meet nog niets; verbind hem met wat hij meet.',
    en: 'Indicator {node} measures nothing yet; connect it to what it measures.',
  }),
);

import { nameOf } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const indicatorWithoutTarget = defineRule(
  'indicator-without-target',
  'warning',
  { nl: 'Elke indicator heeft een streefwaarde.', en: 'Every indicator has a target value.' },
  (index, report) =>
    index.document.nodes
      .filter((node) => node.kind === 'indicator' && node.target === undefined)
      .map((node) =>
        report([node.id], {
          nl: `Indicator ${nameOf(index, node.id)} heeft geen streefwaarde.`,
          en: `Indicator ${nameOf(index, node.id)} has no target value.`,
        }),
      ),
);

export const indicatorWithoutSource = defineRule(
  'indicator-without-source',
  'warning',
  {
    nl: 'Elke indicator heeft een bron: meetbaar én beschikbaar.',
    en: 'Every indicator has a data source: measurable and available.',
  },
  (index, report) =>
    index.document.nodes
      .filter((node) => node.kind === 'indicator' && node.source.trim() === '')
      .map((node) =>
        report([node.id], {
          nl: `Indicator ${nameOf(index, node.id)} heeft geen bron.`,
          en: `Indicator ${nameOf(index, node.id)} has no data source.`,
        }),
      ),
);

export const indicatorMeasuresNothing = defineRule(
  'indicator-measures-nothing',
  'warning',
  {
    nl: 'Elke indicator meet een interventie, uitkomst of doel.',
    en: 'Every indicator measures an intervention, outcome or goal.',
  },
  (index, report) =>
    index.document.nodes
      .filter((node) => node.kind === 'indicator' && !(index.edgesFrom.get(node.id) ?? []).some((edge) => edge.kind === 'measures'))
      .map((node) =>
        report([node.id], {
          nl: `Indicator ${nameOf(index, node.id)} meet nog niets; verbind hem met wat hij meet.`,
          en: `Indicator ${nameOf(index, node.id)} measures nothing yet; connect it to what it measures.`,
        }),
      ),
);

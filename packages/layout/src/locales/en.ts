import type { CatalogueOf } from '@veranderlogica/core';
import type { nl } from './nl.js';

/** The pictures' texts in English, by key. */
export const en: CatalogueOf<typeof nl> = {
  pictureText: {
    evidence: 'Evidence',
    confidence: 'Confidence',
    line: 'Line of accountability',
    beyond: 'we contribute to this',
    within: 'we can be held to this',
    leadsTo: 'leads to',
    measures: 'measures',
    underlies: 'underlies',
    legend: 'Legend',
    fallback: 'Drawn plainly: this plan is too large or too long for the automatic layout; connections run straight.',
  },
  noteText: {
    to: '→ {title}, {unit} {pages}',
    from: '← {title}, {unit} {pages}',
    fromMany: '← {count} more connections, {unit} {pages}',
    alsoOn: 'also on {unit} {pages}',
  },
  shortNoteText: {
    to: '→ {unit} {pages}',
    from: '← {unit} {pages}',
  },
  pageUnits: {
    page: 'p.',
    slide: 'slide',
  },
  regionNetwork: {
    title: 'The region’s network: who takes part where',
    region: 'region',
    sizeLegend: 'Size: the number of interventions the partner carries there',
    named: 'named, carries nothing',
    interventions: '{count, plural, one {# intervention} other {# interventions}}',
    more: 'and {count, plural, one {# more partner} other {# more partners}} (see the table)',
  },
  priorityWord: 'priority',
};

import type { CatalogueOf } from '../../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of the HTML report in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  common: {
    extraDiagram: 'The theory of change at a glance',
    extraOverview: 'The whole theory of change at a glance. The pages that follow show the chains to each goal larger.',
    extraChainsTo: 'Chains to',
    extraNoGroup: 'interventions in no group',
    extraVia: 'through',
    extraAndMore: 'and {count} more',
    extraRest: 'Cards outside the chains to a goal',
    extraPage: 'p.',
    extraKey: 'Detail pages',
    extraAtlas:
      'The whole theory of change at a glance. A number on it is the page on which that part is drawn large; on each detail page, a connection that goes on elsewhere names the card and its page.',
    extraContents: 'Contents',
    extraNotPrioritised: 'No priorities have been set yet.',
    extraChosen: 'chosen',
    extraNoPartners: 'No partners yet.',
    extraNoIndicators: 'No indicators yet.',
    extraNoAssumptions: 'No assumptions named yet.',
    extraNoQuestions: 'No open questions.',
    extraCards: 'cards',
    extraChains: '{count, plural, one {chain} other {chains}} from intervention to goal',
    extraGaps: '{count, plural, one {gap} other {gaps}}',
    extraOverlaps: '{count, plural, one {possible overlap} other {possible overlaps}}',
    extraPartners: '{count, plural, one {partner} other {partners}}',
    extraMade: 'Made with Veranderlogica',
    extraMunicipalityOrRegion: 'Municipality or region',
  },
};

import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of a region and its municipalities in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  findings: {
    parentMissing: '{plan} builds on "{parent}", but that plan is not open.',
    linkMissing: '{plan}: "{card}" contributes to {target}, but {parent} has no such card.',
    linkRemoved: '{plan}: "{card}" contributes to "{target}", but that card was removed from {parent}.',
    uncarried: 'No municipality contributes to the regional goal "{card}".',
    codeDiffers: 'Indicator {code} is defined differently in {first} ({a}) than in {other} ({b}).',
  },
  report: {
    title: 'Regional theory of change',
    municipalities: 'Municipalities',
    contributions: 'Who contributes to which regional goal',
    contributionsIntro: 'For each regional goal and outcome: the municipalities that contribute to it, with their interventions.',
    nobody: 'No municipality contributes to this yet.',
    coverage: 'Offer across the region: gaps and overlaps',
    coverageIntro:
      'Per area and target group, the number of interventions in each municipality. Where no municipality offers anything there is a gap; where interventions of different municipalities lead to the same regional card there is a possible overlap.',
    rollup: 'Indicators across the region',
    rollupIntro: "Per indicator (by code) each municipality's figure and the region's figure by its rule.",
    partners: 'Partners across the region',
    findings: 'What does not fit',
    noFindings: 'The plans fit together.',
    municipality: 'Municipality',
    contribution: 'Contribution of {name}',
    carries: 'Contributes to',
    gaps: 'Gaps of {name}',
    noGaps: "No gaps in the region's areas and target groups.",
    region: 'Region',
    value: 'Regional figure',
    rule: 'Rule',
    missing: 'Without a figure',
    status: 'Status',
    plans: 'Plans',
    gap: 'gap',
    overlap: 'possible overlap',
    complement: 'complementary',
    area: 'Area',
    notInRegion: 'Not in this region',
  },
};

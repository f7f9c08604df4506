import type { Catalogue } from '../../catalogue.js';

/** Texts of a region and its municipalities in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const region = {
  findings: {
    parentMissing: '{plan} bouwt voort op "{parent}", maar dat plan is niet geopend.',
    linkMissing: '{plan}: "{card}" draagt bij aan {target}, maar die kaart staat niet in {parent}.',
    linkRemoved: '{plan}: "{card}" draagt bij aan "{target}", maar die kaart is uit {parent} verwijderd.',
    uncarried: 'Geen gemeente draagt bij aan het regionale doel "{card}".',
    codeDiffers: 'Indicator {code} is in {first} anders gedefinieerd ({a}) dan in {other} ({b}).',
  },
  report: {
    title: 'Regionale veranderlogica',
    municipalities: 'Gemeenten',
    contributions: 'Wie draagt bij aan welk regionaal doel',
    contributionsIntro: 'Per regionaal doel en elke regionale uitkomst: de gemeenten die eraan bijdragen, met hun interventies.',
    nobody: 'Nog geen gemeente draagt hieraan bij.',
    coverage: 'Aanbod in de regio: witte vlekken en dubbelingen',
    coverageIntro:
      'Per gebied en doelgroep het aantal interventies per gemeente. Waar geen gemeente iets biedt, is een witte vlek; waar interventies van verschillende gemeenten naar dezelfde regionale kaart leiden, is een mogelijke dubbeling.',
    rollup: 'Indicatoren in de regio',
    rollupIntro: 'Per indicator (op code) het cijfer van elke gemeente en het regionale cijfer volgens de rekenregel.',
    partners: 'Partners in de regio',
    findings: 'Wat niet aansluit',
    noFindings: 'De plannen sluiten op elkaar aan.',
    municipality: 'Gemeente',
    contribution: 'Bijdrage van {name}',
    carries: 'Draagt bij aan',
    gaps: 'Witte vlekken van {name}',
    noGaps: 'Geen witte vlekken in de gebieden en doelgroepen van de regio.',
    region: 'Regio',
    value: 'Regionaal cijfer',
    rule: 'Rekenregel',
    missing: 'Zonder cijfer',
    status: 'Status',
    plans: 'Plannen',
    gap: 'witte vlek',
    overlap: 'mogelijke dubbeling',
    complement: 'aanvullend',
    area: 'Gebied',
    notInRegion: 'Niet in deze regio',
  },
} as const satisfies Catalogue;

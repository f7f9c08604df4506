import type { Catalogue } from '../../i18n/catalogue.js';

/** Texts of the model in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const nl = {
  fields: {
    fieldNamesTitle: 'titel',
    fieldNamesDescription: 'toelichting',
    fieldNamesTags: 'labels',
    fieldNamesLevel: 'niveau',
    fieldNamesHorizon: 'termijn',
    fieldNamesSphere: 'invloedssfeer',
    fieldNamesArea: 'gebied',
    fieldNamesStatus: 'status',
    fieldNamesPriority: 'prioriteit',
    fieldNamesActors: 'partners',
    fieldNamesTargetGroups: 'doelgroepen',
    fieldNamesEvidence: 'onderbouwing',
    fieldNamesRecognition: 'erkenning',
    fieldNamesGroup: 'groep',
    fieldNamesType: 'soort',
    fieldNamesValueType: 'soort waarde',
    fieldNamesDirection: 'richting',
    fieldNamesUnit: 'eenheid',
    fieldNamesBaseline: 'nulmeting',
    fieldNamesTargets: 'streefwaarden',
    fieldNamesMeasurements: 'metingen',
    fieldNamesSource: 'bron',
    fieldNamesSourceLink: 'link naar de bron',
    fieldNamesFrequency: 'frequentie',
    fieldNamesDisaggregation: 'uitsplitsing',
    fieldNamesReferences: 'referentiecodes',
    fieldNamesOwner: 'eigenaar',
    fieldNamesRisk: 'risico',
  },
  connections: {
    nowhere: '{from, raw} kan nergens naartoe wijzen.',
    forbidden: '{from, raw} kan niet naar {to, raw} wijzen; wel naar: {allowed, raw}.',
  },
} as const satisfies Catalogue;

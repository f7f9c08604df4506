import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of the model in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  fields: {
    fieldNamesTitle: 'title',
    fieldNamesDescription: 'description',
    fieldNamesTags: 'tags',
    fieldNamesLevel: 'level',
    fieldNamesHorizon: 'horizon',
    fieldNamesSphere: 'sphere',
    fieldNamesArea: 'area',
    fieldNamesStatus: 'status',
    fieldNamesPriority: 'priority',
    fieldNamesActors: 'partners',
    fieldNamesTargetGroups: 'target groups',
    fieldNamesEvidence: 'evidence',
    fieldNamesRecognition: 'recognition',
    fieldNamesContributesTo: 'contributes to',
    fieldNamesCode: 'code',
    fieldNamesRollup: 'regional roll-up',
    fieldNamesGroup: 'group',
    fieldNamesType: 'type',
    fieldNamesValueType: 'value type',
    fieldNamesDirection: 'direction',
    fieldNamesUnit: 'unit',
    fieldNamesBaseline: 'baseline',
    fieldNamesTargets: 'targets',
    fieldNamesMeasurements: 'measurements',
    fieldNamesSource: 'source',
    fieldNamesSourceLink: 'source link',
    fieldNamesFrequency: 'frequency',
    fieldNamesDisaggregation: 'disaggregation',
    fieldNamesReferences: 'reference codes',
    fieldNamesOwner: 'owner',
    fieldNamesRisk: 'risk',
  },
  connections: {
    nowhere: '{from, raw} cannot point to anything.',
    forbidden: '{from, raw} cannot point to {to, raw}; it can point to: {allowed, raw}.',
  },
};

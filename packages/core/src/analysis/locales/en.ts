import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of the analyses in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  planDiff: {
    otherNamesTitle: 'title of the plan',
    otherNamesDescription: 'description',
    otherNamesLanguage: 'language of the content',
    otherNamesTopic: 'subject',
    otherNamesScope: 'scale and name',
    otherNamesScopePeriod: 'plan period',
    otherNamesContext: 'problem and context',
    otherNamesAreas: 'areas',
    otherNamesMonitoring: 'measurement settings',
    otherNamesWorkshop: 'workshop',
    otherNamesWorkshopVotes: 'workshop votes',
    otherNamesWorkshopStep: 'workshop step',
    otherNamesWorkshopParticipants: 'participating organisations',
    otherNamesWorkshopDotsPerParticipant: 'dots per participant',
    otherNamesWorkshopParkingLot: 'parking lot',
    otherNamesWorkshopIdeas: 'ideas without a kind',
    otherNamesActors: 'partner',
    otherNamesTargetGroups: 'target group',
    otherNamesGroups: 'group',
    otherNamesSources: 'source',
    otherNamesFacts: 'fact',
  },
};

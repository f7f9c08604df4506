import type { Catalogue } from '../../i18n/catalogue.js';

/** Texts of the analyses in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const nl = {
  planDiff: {
    otherNamesTitle: 'titel van het plan',
    otherNamesDescription: 'toelichting',
    otherNamesLanguage: 'taal van de inhoud',
    otherNamesTopic: 'onderwerp',
    otherNamesScope: 'schaal en naam',
    otherNamesScopePeriod: 'looptijd',
    otherNamesContext: 'probleem en context',
    otherNamesAreas: 'gebieden',
    otherNamesMonitoring: 'instellingen voor het meten',
    otherNamesWorkshop: 'werksessie',
    otherNamesWorkshopVotes: 'stemmen van de werksessie',
    otherNamesWorkshopStep: 'stap van de werksessie',
    otherNamesWorkshopParticipants: 'deelnemende organisaties',
    otherNamesWorkshopDotsPerParticipant: 'stippen per deelnemer',
    otherNamesWorkshopParkingLot: 'parkeerplaats',
    otherNamesWorkshopIdeas: 'ideeën nog zonder soort',
    otherNamesActors: 'partner',
    otherNamesTargetGroups: 'doelgroep',
    otherNamesGroups: 'groep',
    otherNamesSources: 'bron',
    otherNamesFacts: 'feit',
  },
} as const satisfies Catalogue;

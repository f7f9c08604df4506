import type { Catalogue } from '../catalogue.js';

/** The room server's messages to people, by code in Dutch, by key. Dutch is the source: the other languages' catalogues are typed against it. */
export const server = {
  serverMessages: {
    tooLarge: 'Dit bestand is te groot.',
    tooSlow: 'Het verzoek kwam te traag binnen.',
    badAddress: 'Dit adres klopt niet.',
    notFound: 'Niet gevonden.',
    notAllowed: 'Niet toegestaan.',
    ownPagesOnly: 'Deze server beantwoordt alleen zijn eigen pagina’s.',
    facilitatorOnly: 'Alleen de facilitator van deze ruimte mag dat.',
    facilitatorOrScreenOnly: 'Alleen de facilitator of het scherm van deze ruimte mag dat.',
    noSuchRoom: 'Deze ruimte bestaat niet.',
    tooManyRooms: 'Te veel ruimtes geopend; wacht een minuut.',
    needsKey: 'Een ruimte openen vraagt de sleutel van deze server.',
    invalidPlan: 'Dit is geen geldige veranderlogica.',
    sendCode: 'Stuur een code.',
    tooManyWrongCodes: 'Te veel verkeerde codes vanaf dit adres; wacht een minuut.',
    unknownCode: 'Deze code kennen we niet. Kijk hem na op het scherm.',
    tooManyAttempts: 'Te veel pogingen; wacht een minuut.',
    roomClosed: 'Deze ruimte is gesloten.',
    sayWho: 'Zeg wie er weg moet.',
    serverError: 'Er ging iets mis op de server.',
    screenWatches: 'Een scherm kijkt alleen mee.',
    reviewersOnly: 'Alleen een partner met een reviewlink kan reageren en voorstellen doen.',
    reviewOnly: 'Met een reviewlink reageer je en doe je voorstellen; meer niet.',
    noSuchRound: 'Deze reviewronde staat niet in het plan van deze ruimte.',
    sayRound: 'Zeg welke reviewronde (round).',
    slowDown: 'Even rustig aan: probeer het zo weer.',
    notUnderstood: 'Dit verzoek begrijpt de server niet.',
    alreadySupported: 'Deze kaart heb je al gesteund.',
  },
} as const satisfies Catalogue;

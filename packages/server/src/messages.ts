import type { Localized } from '@veranderlogica/core';

/**
 * Every sentence the room server sends to a person, keyed by code: an HTTP refusal's `error`, a command's `reason`.
 * Clients show the text in their own language; the code stays the same across languages and versions.
 */
export const SERVER_MESSAGES = {
  tooLarge: { nl: 'Dit bestand is te groot.', en: 'This file is too large.' },
  tooSlow: { nl: 'Het verzoek kwam te traag binnen.', en: 'The request came in too slowly.' },
  badAddress: { nl: 'Dit adres klopt niet.', en: 'This address is malformed.' },
  notFound: { nl: 'Niet gevonden.', en: 'Not found.' },
  notAllowed: { nl: 'Niet toegestaan.', en: 'Not allowed.' },
  ownPagesOnly: { nl: 'Deze server beantwoordt alleen zijn eigen pagina’s.', en: 'This server answers its own pages only.' },
  facilitatorOnly: { nl: 'Alleen de facilitator van deze ruimte mag dat.', en: 'Only the facilitator of this room may do that.' },
  facilitatorOrScreenOnly: {
    nl: 'Alleen de facilitator of het scherm van deze ruimte mag dat.',
    en: 'Only this room’s facilitator or screen may do that.',
  },
  noSuchRoom: { nl: 'Deze ruimte bestaat niet.', en: 'This room does not exist.' },
  tooManyRooms: { nl: 'Te veel ruimtes geopend; wacht een minuut.', en: 'Too many rooms opened; wait a minute.' },
  needsKey: { nl: 'Een ruimte openen vraagt de sleutel van deze server.', en: 'Opening a room needs this server’s key.' },
  invalidPlan: { nl: 'Dit is geen geldige veranderlogica.', en: 'This is not a valid veranderlogica.' },
  sendCode: { nl: 'Stuur een code.', en: 'Send a code.' },
  tooManyWrongCodes: {
    nl: 'Te veel verkeerde codes vanaf dit adres; wacht een minuut.',
    en: 'Too many wrong codes from this address; wait a minute.',
  },
  unknownCode: { nl: 'Deze code kennen we niet. Kijk hem na op het scherm.', en: 'We do not know this code. Check it on the screen.' },
  tooManyAttempts: { nl: 'Te veel pogingen; wacht een minuut.', en: 'Too many attempts; wait a minute.' },
  roomClosed: { nl: 'Deze ruimte is gesloten.', en: 'This room has been closed.' },
  sayWho: { nl: 'Zeg wie er weg moet.', en: 'Say who is to be removed.' },
  serverError: { nl: 'Er ging iets mis op de server.', en: 'Something went wrong on the server.' },
  screenWatches: { nl: 'Een scherm kijkt alleen mee.', en: 'A screen only watches.' },
  slowDown: { nl: 'Even rustig aan: probeer het zo weer.', en: 'Slow down a little: try again in a moment.' },
  notUnderstood: { nl: 'Dit verzoek begrijpt de server niet.', en: 'The server does not understand this request.' },
  alreadySupported: { nl: 'Deze kaart heb je al gesteund.', en: 'You have already supported this card.' },
} as const satisfies Record<string, Localized>;

/** The code of one of the server's messages. */
export type ServerMessageCode = keyof typeof SERVER_MESSAGES;

import type { CatalogueOf } from '@veranderlogica/core';
import type { nl } from './nl.js';

/** The room server's messages to people, by code in English, by key. */
export const en: CatalogueOf<typeof nl> = {
  serverMessages: {
    tooLarge: 'This file is too large.',
    tooSlow: 'The request came in too slowly.',
    badAddress: 'This address is malformed.',
    notFound: 'Not found.',
    notAllowed: 'Not allowed.',
    ownPagesOnly: 'This server answers its own pages only.',
    facilitatorOnly: 'Only the facilitator of this room may do that.',
    facilitatorOrScreenOnly: 'Only this room’s facilitator or screen may do that.',
    noSuchRoom: 'This room does not exist.',
    tooManyRooms: 'Too many rooms opened; wait a minute.',
    needsKey: 'Opening a room needs this server’s key.',
    invalidPlan: 'This is not a valid veranderlogica.',
    sendCode: 'Send a code.',
    tooManyWrongCodes: 'Too many wrong codes from this address; wait a minute.',
    unknownCode: 'We do not know this code. Check it on the screen.',
    tooManyAttempts: 'Too many attempts; wait a minute.',
    roomClosed: 'This room has been closed.',
    sayWho: 'Say who is to be removed.',
    serverError: 'Something went wrong on the server.',
    screenWatches: 'A screen only watches.',
    reviewersOnly: 'Only a partner with a review link can comment and suggest.',
    reviewOnly: 'A review link comments and suggests; nothing more.',
    noSuchRound: "This review round is not in this room's plan.",
    sayRound: 'Say which review round (round).',
    slowDown: 'Slow down a little: try again in a moment.',
    notUnderstood: 'The server does not understand this request.',
    alreadySupported: 'You have already supported this card.',
  },
};

import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of the live room in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  review: {
    roundClosed: 'This review round is closed; responses are no longer possible.',
    notInRound: 'This partner is not part of this review round.',
    tooMany: 'This link has sent {max} comments and suggestions already; no more are possible.',
    noThread: 'The thread you reply to no longer exists.',
    outOfScope: "With this link you respond only to your own organisation's interventions (and to the plan as a whole).",
    reviewersOnly: 'Only a partner with a review link can comment and suggest.',
  },
  room: {
    refusalsLocked: 'The facilitator has locked the room for now.',
    refusalsNoCards:
      'This step collects no cards from the room. Follow along on the screen; the facilitator says when you can send cards again.',
    refusalsRoomInboxFull:
      'There are already {maxInboxPerRoom, raw} cards waiting in this room; wait until the facilitator has handled them.',
    refusalsRoomFull: '{maxPeoplePerRoom, raw} people already take part in this room; no more can join in.',
    refusalsNotShared: 'The facilitator is not sharing the ideas with the room now.',
    refusalsGoneFromInbox: 'This card is no longer waiting: the facilitator has handled it.',
    refusalsOwnCard: 'You already support your own card.',
    refusalsInboxFull: 'You already have {maxInboxPerParticipant, raw} cards waiting; wait until the facilitator has handled them.',
    refusalsOtherKind: 'This step collects only: {kinds}.',
  },
  ballot: {
    youHavePlacedAllYour: 'You have placed all your {budget, raw} dots. Take one back first.',
    youHaveNoDotOn: 'You have no dot on that card.',
    maxvotersperroomRawPeopleAlreadyTake: '{maxVotersPerRoom, raw} people already take part in this room; no more can join in.',
    theFacilitatorHasLockedThe: 'The facilitator has locked the room for now.',
    votingIsNotOpenNow: 'Voting is not open now.',
    thatCardDoesNotExist: 'That card does not exist (any more).',
  },
  outbox: {
    full: '{maxOutbox, raw} things are already waiting for a connection; wait until they have been sent.',
  },
};

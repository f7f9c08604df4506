import type { Catalogue } from '../../catalogue.js';

/** Texts of the live room in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const sync = {
  review: {
    roundClosed: 'Deze reviewronde is gesloten; reageren kan niet meer.',
    notInRound: 'Deze partner hoort niet bij deze reviewronde.',
    tooMany: 'Deze link heeft al {max} reacties en voorstellen gestuurd; meer kan niet.',
    noThread: 'Het gesprek waarop je antwoordt, bestaat niet meer.',
    outOfScope: 'Met deze link reageer je alleen op de interventies van je eigen organisatie (en op het plan als geheel).',
    reviewersOnly: 'Alleen een partner met een reviewlink kan reageren en voorstellen doen.',
  },
  room: {
    refusalsLocked: 'De facilitator heeft de ruimte even op slot gezet.',
    refusalsNoCards:
      'In deze stap verzamelen we geen kaarten uit de zaal. Kijk mee op het scherm; de facilitator zegt wanneer je weer kaarten kunt sturen.',
    refusalsRoomInboxFull: 'Er staan al {maxInboxPerRoom, raw} kaarten klaar in deze ruimte; wacht tot de facilitator ze verwerkt.',
    refusalsRoomFull: 'In deze ruimte doen al {maxPeoplePerRoom, raw} mensen mee; meer kunnen er niet bij.',
    refusalsNotShared: 'De facilitator deelt de ideeën nu niet met de zaal.',
    refusalsGoneFromInbox: 'Deze kaart wacht niet meer: de facilitator heeft haar al verwerkt.',
    refusalsOwnCard: 'Je eigen kaart steun je al.',
    refusalsInboxFull: 'Je hebt al {maxInboxPerParticipant, raw} kaarten klaarstaan; wacht tot de facilitator ze verwerkt.',
    refusalsOtherKind: 'In deze stap verzamelen we alleen: {kinds}.',
  },
  ballot: {
    youHavePlacedAllYour: 'Je hebt al je {budget, raw} stippen geplakt. Haal er eerst een weg.',
    youHaveNoDotOn: 'Op die kaart heb je geen stip geplakt.',
    maxvotersperroomRawPeopleAlreadyTake: 'In deze ruimte doen al {maxVotersPerRoom, raw} mensen mee; meer kunnen er niet bij.',
    theFacilitatorHasLockedThe: 'De facilitator heeft de ruimte even op slot gezet.',
    votingIsNotOpenNow: 'Stemmen is nu niet open.',
    thatCardDoesNotExist: 'Die kaart bestaat niet (meer).',
  },
  outbox: {
    full: 'Er wachten al {maxOutbox, raw} dingen op verbinding; wacht tot ze verstuurd zijn.',
  },
} as const satisfies Catalogue;

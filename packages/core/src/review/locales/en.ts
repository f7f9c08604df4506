import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of review and adoption in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  intents: {
    notFound: 'Suggestion {id} does not exist.',
    decided: 'This suggestion has been decided on already ({status, raw}).',
    accept: 'accept suggestion',
    startRound: 'start review round',
    adopt: 'adopt plan',
    versionName: 'Adopted',
  },
  nota: {
    title: 'Response note',
    intro:
      'This note gives, per partner, the comments and suggestions on the draft theory of change, with what was done with them and why.',
    plan: 'Theory of change',
    status: 'Status',
    adopted: 'Adopted on {date} by {body}.',
    round: 'Review round',
    deadline: 'responses until {date}',
    responded: 'Responded',
    notResponded: 'No response yet',
    partner: 'Partner',
    otherAuthors: 'Other comments',
    about: 'About',
    thePlan: 'The plan as a whole',
    removed: 'a removed part ({id})',
    connection: 'Connection',
    group: 'Group',
    reaction: 'Comment or suggestion',
    answer: 'Response',
    outcome: 'Consequence for the plan',
    comment: 'Comment',
    suggestion: 'Suggestion',
    reasonOfPartner: 'Reason',
    retitle: 'New title: "{title}"',
    addNode: 'New {kind}: "{title}"',
    connect: 'New connection: "{source}" leads to "{target}"',
    setTargets: 'New targets: {targets}',
    commentOpen: 'Still open',
    commentResolved: 'Resolved',
    suggestionOpen: 'Not decided yet',
    suggestionAccepted: 'Taken into the plan',
    suggestionDeclined: 'Declined',
    noAnswer: 'No response yet.',
    none: 'There are no comments or suggestions.',
    counts:
      '{comments, plural, one {# comment} other {# comments}} and {suggestions, plural, one {# suggestion} other {# suggestions}}: {accepted} accepted, {declined} declined, {open} still open.',
  },
};

import { defineMessage } from '../../i18n/format.js';
import { defineRule } from '../rule.js';

/** Votes kept for cards that no longer exist still count in the dots used. */
export const unknownVote = defineRule(
  'unknown-vote',
  'warning',
  { nl: 'Stemmen horen bij bestaande kaarten.', en: 'Votes belong to existing nodes.' },
  defineMessage<{ votes: number; id: string }>({
    nl: '{votes, plural, one {# stip staat op een kaart die niet (meer) bestaat (id "{id}"); die telt} other {# stippen staan op een kaart die niet (meer) bestaat (id "{id}"); die tellen}} mee in de gebruikte stippen.',
    en: '{votes, plural, one {# dot is} other {# dots are}} on a node that does not exist (any more) (id "{id}"); {votes, plural, one {it counts} other {they count}} towards the dots used.',
  }),
  (index, report) =>
    Object.entries(index.document.workshop?.votes ?? {})
      .filter(([id]) => !index.nodeById.has(id))
      .map(([id, votes]) => report([id], { votes, id: id.slice(0, 64) })),
);

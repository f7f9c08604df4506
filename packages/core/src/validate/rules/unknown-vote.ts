import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { defineRule } from '../rule.js';

/** Votes kept for cards that no longer exist still count in the dots used. */
export const unknownVote = defineRule(
  'unknown-vote',
  'warning',
  RULE_TEXTS['unknown-vote'].description,
  defineMessage<{ votes: number; id: string }>(RULE_TEXTS['unknown-vote'].message),
  (index, report) =>
    Object.entries(index.document.workshop?.votes ?? {})
      .filter(([id]) => !index.nodeById.has(id))
      .map(([id, votes]) => report([id], { votes, id: id.slice(0, 64) })),
);

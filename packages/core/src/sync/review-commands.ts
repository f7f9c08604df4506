import { z } from 'zod';
import { diffDocument } from '../edit/changes.js';
import { applyOperation } from '../edit/apply.js';
import { OperationError } from '../edit/operation-error.js';
import type { Operation } from '../edit/operation.js';
import type { Localized } from '../i18n/localized.js';
import { localizeMessage } from '../i18n/format.js';
import { ProposalSchema } from '../model/review.js';
import { IdSchema, LIMITS } from '../model/schema.js';
import { commentOperation, inReviewScope, replyOperation, suggestOperation } from '../review/intents.js';
import type { SharedDocument } from './binding.js';
import { TEXTS } from './locales/index.js';

/**
 * Most comments and suggestions one review link may add: a partner's whole response fits many times over; a
 * script that floods the plan does not.
 *
 * @example
 * console.log(`Hoogstens ${MAX_REVIEW_ITEMS} reacties per partner.`);
 */
export const MAX_REVIEW_ITEMS = 500;

/**
 * What a partner does through a review link: a comment (a new thread, or a reply in one), or a suggestion.
 *
 * @example
 * const command = ReviewCommandSchema.parse({ type: 'comment', about: 'int-1', text: 'Wie voert dit uit?' });
 */
export const ReviewCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('comment'),
    about: IdSchema.optional(),
    replyTo: IdSchema.optional(),
    text: z.string().trim().min(1).max(LIMITS.maxTextFieldLength),
    /** The person writing, when the link's partner name is not enough. */
    author: z.string().trim().min(1).max(200).optional(),
  }),
  z.strictObject({
    type: z.literal('suggest'),
    proposal: ProposalSchema,
    reason: z.string().trim().max(LIMITS.maxTextFieldLength).optional(),
    author: z.string().trim().min(1).max(200).optional(),
  }),
]);

/**
 * A review command, checked by {@link ReviewCommandSchema}.
 *
 * @example
 * const reply: ReviewCommand = { type: 'comment', replyTo: 'comment-1', text: 'Dank, duidelijk.' };
 */
export type ReviewCommand = z.output<typeof ReviewCommandSchema>;

/**
 * Who sends review commands: a review link's partner, the round, and whether only its own interventions.
 *
 * @example
 * const reviewer: Reviewer = { id: 'r-1', name: 'Politie', partner: 'police', round: 'round-1', scope: 'own' };
 */
export interface Reviewer {
  readonly id: string;
  readonly name: string;
  readonly partner: string;
  readonly round: string;
  readonly scope: 'plan' | 'own';
}

/**
 * Carries out a partner's review command on a room's shared plan: the comment or suggestion enters the plan in
 * the partner's name and round, as a core operation. Refused, with the reason in both languages, when it is
 * outside the link's scope, the round is closed, the link sent too much, or the plan refuses it (a card that is
 * gone, a reply to a reply).
 *
 * @example
 * const reviewer: Reviewer = { id: 'r-1', name: 'GGD', partner: 'ggd', round: 'round-1', scope: 'plan' };
 * const refused = applyReviewCommand(shared, { type: 'comment', text: 'Akkoord.' }, reviewer);
 * if (refused) console.log(refused.nl);
 */
export function applyReviewCommand(
  shared: SharedDocument,
  command: ReviewCommand,
  reviewer: Reviewer,
  now = Date.now(),
): Localized | undefined {
  const document = shared.read();
  const round = document.reviews.find((candidate) => candidate.id === reviewer.round);
  if (!round || round.closed) return TEXTS.review.roundClosed;
  if (!round.partners.some((partner) => partner.actor === reviewer.partner)) return TEXTS.review.notInRound;
  const sent =
    document.comments.filter((c) => c.round === round.id && c.author.partner === reviewer.partner).length +
    document.suggestions.filter((s) => s.round === round.id && s.author.partner === reviewer.partner).length;
  if (sent >= MAX_REVIEW_ITEMS) return localizeMessage(TEXTS.review.tooMany, { max: MAX_REVIEW_ITEMS });
  const author = { name: command.author ?? reviewer.name, partner: reviewer.partner };
  const at = new Date(now);
  let operation: Operation;
  if (command.type === 'comment') {
    const thread = command.replyTo === undefined ? undefined : document.comments.find((comment) => comment.id === command.replyTo);
    if (command.replyTo !== undefined && !thread) return TEXTS.review.noThread;
    const about = thread ? thread.about : command.about;
    if (!inReviewScope(document, reviewer.partner, reviewer.scope, { about })) return TEXTS.review.outOfScope;
    operation = thread
      ? replyOperation(document, thread.id, { author, text: command.text }, at)
      : commentOperation(
          document,
          { ...(command.about !== undefined && { about: command.about }), author, text: command.text, round: round.id },
          at,
        );
  } else {
    if (!inReviewScope(document, reviewer.partner, reviewer.scope, { proposal: command.proposal })) return TEXTS.review.outOfScope;
    operation = suggestOperation(document, { author, proposal: command.proposal, reason: command.reason ?? '', round: round.id }, at);
  }
  try {
    const after = applyOperation(document, operation).document;
    shared.commit(diffDocument(document, after), after);
    return undefined;
  } catch (error) {
    if (error instanceof OperationError) return error.localized;
    throw error;
  }
}

import { z } from 'zod';
import { EdgeSchema, NodeSchema } from './graph.js';
import { IdSchema, isoDate, isoDateTime, MeasurementSchema, text, title } from './primitives.js';
import { COMMENT_STATUSES, SUGGESTION_STATUSES } from './values.js';

// Review and adoption: the partners' comments and suggestions on a concept plan, the rounds they are asked in, and
// what the owner decided. Kept beside the plan (not in its versions): a version keeps what the plan said.

/**
 * Who wrote a comment or a suggestion: a name, and the partner (an id of the plan's `actors`) they speak for.
 *
 * @example
 * const author = AuthorSchema.parse({ name: 'Femke de Vries', partner: 'actor-ggd' });
 */
export const AuthorSchema = z.strictObject({
  name: z.string().min(1).max(200),
  partner: IdSchema.optional().describe('Id of the partner (actors) the author speaks for.'),
});

/**
 * A comment: the start of a thread on a card, a connection, a group or the plan itself, or a reply in one.
 * Replies are records of their own (`replyTo`), so two people answering at once both keep their words.
 *
 * @example
 * const comment = CommentSchema.parse({
 *   id: 'comment-1', about: 'int-1', author: { name: 'Femke' }, created: '2026-03-02T10:00:00Z', text: 'Wie voert dit uit?',
 * });
 */
export const CommentSchema = z.strictObject({
  id: IdSchema,
  about: IdSchema.optional().describe('Id of the card, connection or group it is about; none: the plan as a whole.'),
  replyTo: IdSchema.optional().describe('Id of the comment that starts the thread this one answers.'),
  round: IdSchema.optional().describe('Id of the review round it was made in.'),
  author: AuthorSchema,
  created: isoDateTime,
  text: text.min(1),
  status: z.enum(COMMENT_STATUSES.values).default('open').describe("A thread's status, kept on its first comment."),
});

/**
 * A change a partner proposes: a new title, a new card (with its connections), a new connection, or new targets
 * for an indicator. The owner takes it into the plan or declines it.
 *
 * @example
 * const proposal = ProposalSchema.parse({ type: 'retitle', id: 'int-1', title: 'Voorlichting op alle scholen' });
 */
export const ProposalSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('retitle'), id: IdSchema, title: title.min(1) }),
  z.strictObject({
    type: z.literal('addNode'),
    node: NodeSchema,
    edges: z.array(EdgeSchema).max(20).default([]).describe('Connections of the new card, made with it.'),
  }),
  z.strictObject({ type: z.literal('connect'), edge: EdgeSchema }),
  z.strictObject({ type: z.literal('setTargets'), id: IdSchema, targets: z.array(MeasurementSchema).max(100) }),
]);

/**
 * A suggestion: a proposed change with its reason, and the owner's decision.
 *
 * @example
 * const open = document.suggestions.filter((suggestion) => suggestion.status === 'open');
 */
export const SuggestionSchema = z.strictObject({
  id: IdSchema,
  round: IdSchema.optional(),
  author: AuthorSchema,
  created: isoDateTime,
  proposal: ProposalSchema,
  reason: text.default('').describe('Why the partner proposes it.'),
  status: z.enum(SUGGESTION_STATUSES.values).default('open'),
  decision: z
    .strictObject({ at: isoDateTime, reason: text.default('') })
    .optional()
    .describe('When the owner decided, and why (a declined suggestion needs a reason).'),
});

/**
 * A review round: the partners asked to respond to the concept plan, and by when. `own`: a partner may comment
 * and suggest on the interventions it carries only.
 *
 * @example
 * const round = ReviewRoundSchema.parse({
 *   id: 'round-1', title: 'Consultatie partners', started: '2026-03-01T09:00:00Z', deadline: '2026-03-29',
 *   partners: [{ actor: 'actor-ggd' }, { actor: 'actor-police', scope: 'own' }],
 * });
 */
export const ReviewRoundSchema = z.strictObject({
  id: IdSchema,
  title: title.min(1),
  started: isoDateTime,
  deadline: isoDate,
  partners: z
    .array(z.strictObject({ actor: IdSchema, scope: z.enum(['plan', 'own']).default('plan') }))
    .min(1)
    .max(200),
  closed: z.boolean().default(false),
});

/**
 * Who wrote a comment or a suggestion.
 *
 * @example
 * const author: Author = { name: 'Femke de Vries', partner: 'ggd' };
 */
export type Author = z.output<typeof AuthorSchema>;
/**
 * A comment or a reply.
 *
 * @example
 * const threads = document.comments.filter((comment: Comment) => comment.replyTo === undefined);
 */
export type Comment = z.output<typeof CommentSchema>;
/**
 * A proposed change.
 *
 * @example
 * const proposal: Proposal = { type: 'retitle', id: 'int-1', title: 'Voorlichting op alle scholen' };
 */
export type Proposal = z.output<typeof ProposalSchema>;
/**
 * A partner's suggestion and the owner's decision.
 *
 * @example
 * const declined = document.suggestions.filter((suggestion: Suggestion) => suggestion.status === 'declined');
 */
export type Suggestion = z.output<typeof SuggestionSchema>;
/**
 * A review round.
 *
 * @example
 * const current: ReviewRound | undefined = document.reviews.findLast((round) => !round.closed);
 */
export type ReviewRound = z.output<typeof ReviewRoundSchema>;

/**
 * @veranderlogica/core/review — review and adoption: comments and replies on a concept plan, partners'
 * suggestions and the owner's decisions, review rounds and who responded, adoption with its automatic version,
 * and the reactienota that says what was done with every comment.
 *
 * @module @veranderlogica/core/review
 */
export { AuthorSchema, CommentSchema, ProposalSchema, ReviewRoundSchema, SuggestionSchema } from '../model/review.js';
export type { Author, Comment, Proposal, ReviewRound, Suggestion } from '../model/review.js';
export { AdoptionSchema } from '../model/schema.js';
export type { Adoption } from '../model/schema.js';
export { RecognitionSchema } from '../model/kinds/intervention.js';
export type { Recognition } from '../model/kinds/intervention.js';
export { ADOPTING_BODIES, COMMENT_STATUSES, DATABANKS, PLAN_STATUSES, RECOGNITION_LEVELS, SUGGESTION_STATUSES } from '../model/values.js';
export type { AdoptingBody, PlanStatus, RecognitionLevel } from '../model/values.js';
export {
  acceptSuggestion,
  adoptPlan,
  cardProposal,
  commentOperation,
  connectionProposal,
  declineSuggestion,
  inReviewScope,
  proposalOperations,
  replyOperation,
  reviewResponses,
  startReviewRound,
  suggestionPreview,
  suggestOperation,
} from './intents.js';
export type { PartnerResponse } from './intents.js';
export { commentThreads, openCommentCounts } from './threads.js';
export type { CommentThread } from './threads.js';
export { proposalText, reactienota, subjectText } from './reactienota.js';
export type { NotaItem, NotaSection, Reactienota } from './reactienota.js';
export { planStatusText } from '../report/narrative.js';

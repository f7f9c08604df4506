/**
 * Many writers on one document: the binding between a veranderlogica document and a Yjs document.
 *
 * @module @veranderlogica/core/sync
 */
export { FILE_VOTER, SharedDocument, SYNC_VERSION } from './binding.js';
export { commandKey, MAX_OUTBOX, MemoryOutboxStorage, Outbox, OUTBOX_RETRY_MS } from './outbox.js';
export type { OutboxSend, OutboxStorage, QueuedCommand } from './outbox.js';
export { ROOM_MESSAGE_LIMIT, roomUpdateBytes } from './message-size.js';
export { diffDocument } from '../edit/changes.js';
export type { Change } from '../edit/changes.js';
export { BALLOT_VOTER, ballotRefusal, castDot, MAX_VOTERS_PER_ROOM, MemoryBallots, voteRefusal } from './ballot.js';
export type { BallotMode, BallotNews, BallotRefusal, Dots } from './ballot.js';
export {
  acceptFromInbox,
  applyRoomCommand,
  cardsBy,
  captureKindFor,
  captureKindsFor,
  MAX_INBOX_PER_PARTICIPANT,
  MAX_INBOX_PER_ROOM,
  MAX_PEOPLE_PER_ROOM,
  readInbox,
  readRoomState,
  removeFromInbox,
  votesHidden,
  ROOM_CLOSED_REASON,
  ROOM_COMMAND_VERSION,
  ROOM_ROLES,
  RoomCommandMessageSchema,
  RoomCommandSchema,
  writeRoomState,
} from './room.js';
export { applyReviewCommand, MAX_REVIEW_ITEMS, ReviewCommandSchema } from './review-commands.js';
export { planDocumentUrl, planLink, readPlanLink } from './plan-link.js';
export type { PlanLink } from './plan-link.js';
export { fetchPlanBytes, PLAN_FETCH_TIMEOUT_MS } from './fetch-plan.js';
export type { PlanFetchProblem, PlanFetchResult } from './fetch-plan.js';
export type { ReviewCommand, Reviewer } from './review-commands.js';
export type {
  InboxCard,
  Participant,
  RoomCommand,
  RoomCommandAnswer,
  RoomCommandMessage,
  RoomRole,
  RoomState,
  VotingState,
} from './room.js';

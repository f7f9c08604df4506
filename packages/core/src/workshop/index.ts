/**
 * @veranderlogica/core/workshop — the facilitator's flow of the bliksemtraject: the steps and their guides for
 * any subject (topic packs), quick capture of cards, ideas from the room, partners from the participants, and
 * dot voting.
 *
 * @module @veranderlogica/core/workshop
 */
export { BUILDING_STEPS, stepGuide, stepHighlight, stepProgress, stepTodos, WORKSHOP_GUIDE, workshopGuide } from './steps.js';
export type { StepGuide, StepProgress } from './steps.js';
export { listTopics, topicOf } from '../topics/index.js';
export type { TopicPack, TopicStep } from '../topics/index.js';
export { captureGroup, captureLines, captureOperations, capturePartner, captureSources, captureTargets, matchTitle } from './capture.js';
export { participantsAsPartners } from './partners.js';
export { ideaOperations, sortIdea } from './ideas.js';
export { ballotCandidates, tallyVotes } from '../analysis/votes.js';
export type { VoteTally } from '../analysis/votes.js';
export { votesFor } from '../model/factory.js';

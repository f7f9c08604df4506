import type { Document, ToCNode } from '../model/schema.js';
import { votesFor } from '../model/factory.js';
import { NODE_KIND_SPECS } from '../model/kinds.js';

/**
 * A card with its dots, and whether it is among the priorities the room chose.
 *
 * @example
 * const top: VoteTally[] = tallyVotes(document).filter((tally) => tally.priority);
 */
export interface VoteTally {
  readonly node: ToCNode;
  readonly votes: number;
  readonly priority: boolean;
}

/**
 * Dot-voting results: the cards of every kind the room may vote on (`workshop.votable`: interventions and goals) with their votes, most votes
 * first (ties keep document order), and whether each is a chosen priority.
 *
 * @example
 * const [top] = tallyVotes(document);
 */
export function tallyVotes(document: Document): VoteTally[] {
  return document.nodes
    .filter((node) => NODE_KIND_SPECS[node.kind].workshop.votable)
    .map((node, order) => ({ node, votes: votesFor(document, node.id), priority: 'priority' in node && node.priority === true, order }))
    .sort((a, b) => b.votes - a.votes || a.order - b.order)
    .map(({ node, votes: count, priority }) => ({ node, votes: count, priority }));
}

/**
 * The cards on the room's ballot: those of every kind participants vote on from their phones (`workshop.ballot`:
 * the interventions), in the plan's order.
 *
 * @example
 * ballotCandidates(document).map((node) => node.title);
 */
export function ballotCandidates(document: Pick<Document, 'nodes'>): ToCNode[] {
  return document.nodes.filter((node) => NODE_KIND_SPECS[node.kind].workshop.ballot);
}

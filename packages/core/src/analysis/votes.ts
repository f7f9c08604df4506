import type { Document, ToCNode } from '../model/schema.js';
import { votesFor } from '../model/factory.js';

export interface VoteTally {
  readonly node: ToCNode;
  readonly votes: number;
  readonly priority: boolean;
}

/**
 * Dot-voting results: interventions and goals with their votes, most votes
 * first (ties keep document order), and whether each is a chosen priority.
 *
 * @example
 * const [top] = tallyVotes(document);
 */
export function tallyVotes(document: Document): VoteTally[] {
  return document.nodes
    .filter((node) => node.kind === 'intervention' || node.kind === 'goal')
    .map((node, order) => ({ node, votes: votesFor(document, node.id), priority: node.kind === 'intervention' && node.priority, order }))
    .sort((a, b) => b.votes - a.votes || a.order - b.order)
    .map(({ node, votes: count, priority }) => ({ node, votes: count, priority }));
}

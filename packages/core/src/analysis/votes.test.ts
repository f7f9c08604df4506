import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { tallyVotes } from './votes.js';

describe('tallyVotes', () => {
  it('sorts interventions and goals by votes, ties in document order', () => {
    const doc = build(
      [
        ['intervention', 'a', { priority: true }],
        ['goal', 'b'],
        ['mechanism', 'm'],
        ['intervention', 'c'],
      ],
      [],
      {
        workshop: {
          step: 'prioritise',
          dotsPerParticipant: 3,
          votes: { c: 4, a: 4, b: 1, m: 9 },
          participants: [],
          parkingLot: [],
          ideas: [],
        },
      },
    );
    expect(tallyVotes(doc).map((t) => [t.node.id, t.votes, t.priority])).toEqual([
      ['a', 4, true],
      ['c', 4, false],
      ['b', 1, false],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_VOTERS_PER_ROOM, MemoryBallots } from './ballot.js';

describe('a secret ballot in memory', () => {
  it('keeps every voter within their budget, never below zero, and its totals are the sum of the ballots (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.constantFrom('a', 'b', 'c'), fc.constantFrom<1 | -1>(1, -1)), { maxLength: 80 }),
        fc.integer({ min: 1, max: 5 }),
        (casts, budget) => {
          const ballots = new MemoryBallots();
          for (const [voter, card, delta] of casts) ballots.vote('r', `p-${voter}`, card, delta, budget);
          let sum = 0;
          for (let voter = 0; voter <= 5; voter++) {
            const dots = Object.values(ballots.mine('r', `p-${voter}`));
            expect(dots.every((n) => n > 0)).toBe(true);
            expect(dots.reduce((a, n) => a + n, 0)).toBeLessThanOrEqual(budget);
            sum += dots.reduce((a, n) => a + n, 0);
          }
          expect(Object.values(ballots.summary('r').totals).reduce((a, n) => a + n, 0)).toBe(sum);
        },
      ),
    );
  });

  it('takes dots from at most MAX_VOTERS_PER_ROOM people, and says why not', () => {
    const ballots = new MemoryBallots();
    for (let i = 0; i < MAX_VOTERS_PER_ROOM; i++) expect(ballots.vote('r', `p-${i}`, 'a', 1, 3)).toHaveProperty('mine');
    expect(ballots.vote('r', 'p-late', 'a', 1, 3)).toEqual({ refused: 'room-full' });
    expect(ballots.vote('r', 'p-0', 'a', 1, 3)).toEqual({ mine: { a: 2 } });
    expect(ballots.vote('r', 'p-0', 'b', -1, 3)).toEqual({ refused: 'no-dot' });
    expect(ballots.summary('r').voters).toBe(MAX_VOTERS_PER_ROOM);
  });
});

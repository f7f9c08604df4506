import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { unreachedGoal } from './unreached-goal.js';

describe('unreached-goal', () => {
  it('fires for a goal only an outcome leads to', () => {
    const doc = build(
      [
        ['outcome', 'o'],
        ['goal', 'g'],
        ['indicator', 'k'],
      ],
      [
        ['o', 'g'],
        ['k', 'g'],
      ],
    );
    expect(unreachedGoal.check(indexDocument(doc)).map((f) => f.ids)).toEqual([['g']]);
  });
  it('stays quiet when an intervention reaches the goal', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['outcome', 'o'],
        ['goal', 'g'],
      ],
      [
        ['i', 'o'],
        ['o', 'g'],
      ],
    );
    expect(unreachedGoal.check(indexDocument(doc))).toEqual([]);
  });
});

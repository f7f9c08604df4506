import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { interventionWithoutGoal } from './intervention-without-goal.js';

describe('intervention-without-goal', () => {
  it('fires for an intervention whose chain stops at an outcome', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['mechanism', 'm'],
        ['outcome', 'o'],
        ['goal', 'g'],
      ],
      [
        ['i', 'm'],
        ['m', 'o'],
      ],
    );
    expect(interventionWithoutGoal.check(indexDocument(doc)).map((f) => f.ids)).toEqual([['i']]);
  });
  it('stays quiet when the chain reaches a goal, also through goal → goal', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['mechanism', 'm'],
        ['outcome', 'o'],
        ['goal', 'op', { level: 'operational' }],
        ['goal', 'g'],
      ],
      [
        ['i', 'm'],
        ['m', 'o'],
        ['o', 'op'],
        ['op', 'g'],
      ],
    );
    expect(interventionWithoutGoal.check(indexDocument(doc))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { goalWithoutIndicator, outcomeWithoutIndicator } from './without-indicator.js';

describe('goal-without-indicator and outcome-without-indicator', () => {
  const doc = build(
    [
      ['goal', 'g'],
      ['outcome', 'o'],
      ['goal', 'h'],
      ['outcome', 'p'],
      ['indicator', 'k'],
      ['indicator', 'l'],
    ],
    [
      ['k', 'g'],
      ['l', 'o'],
    ],
  );
  it('fire for the goal and outcome nothing measures', () => {
    expect(goalWithoutIndicator.check(indexDocument(doc)).map((f) => f.ids)).toEqual([['h']]);
    expect(outcomeWithoutIndicator.check(indexDocument(doc)).map((f) => [f.ids, f.severity])).toEqual([[['p'], 'info']]);
  });
  it('stay quiet when everything is measured', () => {
    const measured = build(
      [
        ['goal', 'g'],
        ['outcome', 'o'],
        ['indicator', 'k'],
      ],
      [
        ['k', 'g'],
        ['k', 'o'],
      ],
    );
    expect([...goalWithoutIndicator.check(indexDocument(measured)), ...outcomeWithoutIndicator.check(indexDocument(measured))]).toEqual([]);
  });
});

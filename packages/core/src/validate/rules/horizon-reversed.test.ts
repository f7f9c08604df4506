import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { horizonReversed } from './horizon-reversed.js';

describe('horizon-reversed', () => {
  it('fires for a long-term outcome leading to a short-term goal', () => {
    const doc = build(
      [
        ['outcome', 'o', { title: 'Minder herhaling', horizon: 'long' }],
        ['goal', 'g', { title: 'Snelle hulp', horizon: 'short' }],
      ],
      [['o', 'g']],
    );
    const findings = horizonReversed.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['e1', 'o', 'g']]);
    expect(formatFinding(findings[0]!, 'en')).toMatch(/^"Minder herhaling" \(long term\) leads to "Snelle hulp" \(short term\)/);
  });
  it('stays quiet from short through medium to long term', () => {
    const doc = build(
      [
        ['outcome', 'o', { horizon: 'short' }],
        ['outcome', 'p', { horizon: 'medium' }],
        ['goal', 'g', { horizon: 'long' }],
      ],
      [
        ['o', 'p'],
        ['p', 'g'],
      ],
    );
    expect(horizonReversed.check(indexDocument(doc))).toEqual([]);
  });
});

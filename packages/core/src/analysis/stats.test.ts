import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { documentStats } from './stats.js';

describe('documentStats', () => {
  it('counts kinds, findings, chains and coverage', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['outcome', 'o'],
        ['goal', 'g'],
        ['indicator', 'k', { source: 'CBS' }],
      ],
      [
        ['i', 'o'],
        ['o', 'g'],
        ['k', 'g'],
      ],
    );
    const stats = documentStats(doc);
    expect(stats.nodes).toMatchObject({ intervention: 1, outcome: 1, goal: 1, indicator: 1, mechanism: 0 });
    expect(stats.edges).toEqual({ 'leads-to': 2, measures: 1, underlies: 0 });
    expect(stats.chains).toBe(1);
    expect(stats.findings.error).toBe(0);
    expect(stats.findings.warning).toBeGreaterThan(0);
    expect(stats.indicatorsComplete).toBe(0);
  });
});

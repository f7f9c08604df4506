import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { coverageMatrix } from './coverage.js';

const targetGroups = [
  { id: 'jongeren', name: 'Jongeren', risk: false, description: '' },
  { id: 'beperking', name: 'Mensen met een beperking', risk: true, description: '' },
];

describe('coverageMatrix', () => {
  it('marks witte vlekken, covered cells and possible dubbelingen: different partners, same area and group, same outcome', () => {
    const doc = build(
      [
        ['intervention', 'a', { area: 'prevention', targetGroups: ['jongeren'], actors: ['ggd'] }],
        ['intervention', 'b', { area: 'prevention', targetGroups: ['jongeren'], actors: ['school'] }],
        ['intervention', 'c', { area: 'signalling', targetGroups: ['beperking'], actors: ['ggd'] }],
        ['mechanism', 'm1'],
        ['mechanism', 'm2'],
        ['outcome', 'kennis'],
      ],
      [
        ['a', 'm1'],
        ['b', 'm2'],
        ['m1', 'kennis'],
        ['m2', 'kennis'],
      ],
      { targetGroups },
    );
    const matrix = coverageMatrix(doc);
    expect(matrix.targetGroups).toEqual(['jongeren', 'beperking']);
    expect(matrix.rows[0]![0]).toMatchObject({
      area: 'prevention',
      status: 'overlap',
      interventions: ['a', 'b'],
      actors: ['ggd', 'school'],
      sharedOutcomes: ['kennis'],
    });
    expect(matrix.rows[0]![1]!.status).toBe('gap');
    expect(matrix.rows[1]![1]!.status).toBe('covered');
    expect(matrix.overlaps).toBe(1);
    expect(matrix.complements).toBe(0);
    expect(matrix.gaps).toBe(5 * 2 - 2);
  });

  it('tells complementary offer from a dubbeling: different partners there leading to different outcomes', () => {
    const doc = build(
      [
        ['intervention', 'lespakket', { area: 'prevention', targetGroups: ['jongeren'], actors: ['school'] }],
        ['intervention', 'ouders', { area: 'prevention', targetGroups: ['jongeren'], actors: ['ggd'] }],
        ['intervention', 'los', { area: 'prevention', targetGroups: ['jongeren'], actors: ['politie'] }],
        ['mechanism', 'm1'],
        ['mechanism', 'm2'],
        ['outcome', 'kennis'],
        ['outcome', 'opvoeding'],
        ['goal', 'doel'],
      ],
      [
        ['lespakket', 'm1'],
        ['ouders', 'm2'],
        ['m1', 'kennis'],
        ['m2', 'opvoeding'],
        // Both outcomes lead to the same goal: that is the plan working together, not a dubbeling.
        ['kennis', 'doel'],
        ['opvoeding', 'doel'],
      ],
      { targetGroups },
    );
    const matrix = coverageMatrix(doc);
    expect(matrix.rows[0]![0]).toMatchObject({ status: 'complement', sharedOutcomes: [] });
    expect(matrix.overlaps).toBe(0);
    expect(matrix.complements).toBe(1);
  });
  it('two interventions by one partner are not a dubbeling', () => {
    const doc = build(
      [
        ['intervention', 'a', { targetGroups: ['jongeren'], actors: ['ggd'] }],
        ['intervention', 'b', { targetGroups: ['jongeren'], actors: ['ggd'] }],
      ],
      [],
      { targetGroups },
    );
    expect(coverageMatrix(doc).rows[0]![0]!.status).toBe('covered');
  });
  it('adds a column for interventions without a target group, which never counts as a gap', () => {
    const doc = build([['intervention', 'a', { area: 'environment' }]], [], { targetGroups });
    const matrix = coverageMatrix(doc);
    expect(matrix.targetGroups).toEqual(['jongeren', 'beperking', null]);
    expect(matrix.rows[3]![2]).toMatchObject({ targetGroup: null, status: 'covered' });
    expect(matrix.gaps).toBe(10);
  });
});

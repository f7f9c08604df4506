import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { causalChains, chainsToGoal } from './chains.js';

const doc = build(
  [
    ['intervention', 'les'],
    ['intervention', 'training'],
    ['mechanism', 'kennis'],
    ['outcome', 'grenzen'],
    ['outcome', 'melden'],
    ['goal', 'op', { level: 'operational' }],
    ['goal', 'minder', { level: 'strategic' }],
    ['goal', 'los'],
    ['indicator', 'k'],
  ],
  [
    ['les', 'kennis'],
    ['kennis', 'grenzen'],
    ['grenzen', 'op'],
    ['op', 'minder'],
    ['training', 'melden'],
    ['melden', 'minder'],
    ['k', 'minder'],
  ],
);

describe('causalChains', () => {
  it('finds every intervention → goal path with its mechanisms', () => {
    const { chains, truncated } = causalChains(doc);
    expect(truncated).toBe(false);
    expect(chains.map((c) => c.nodes.join('>'))).toEqual([
      'les>kennis>grenzen>op',
      'les>kennis>grenzen>op>minder',
      'training>melden>minder',
    ]);
    expect(chains[0]!.mechanisms).toEqual(['kennis']);
    expect(chains[2]!.edges).toHaveLength(2);
  });
  it('filters by goal and stops at the limit', () => {
    expect(causalChains(doc, { goal: 'minder' }).chains).toHaveLength(2);
    expect(causalChains(doc, { limit: 1 })).toMatchObject({ truncated: true });
    expect(causalChains(doc, { goal: 'los' }).chains).toEqual([]);
  });
  it('does not loop on a cycle', () => {
    const cyclic = build(
      [
        ['intervention', 'i'],
        ['outcome', 'a'],
        ['outcome', 'b'],
        ['goal', 'g'],
      ],
      [
        ['i', 'a'],
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'g'],
      ],
    );
    expect(causalChains(cyclic).chains.map((c) => c.nodes.join('>'))).toEqual(['i>a>b>g']);
  });
});

describe('chainsToGoal', () => {
  it('marks exactly the nodes and edges on chains to the goal', () => {
    const { nodes, edges } = chainsToGoal(doc, 'op');
    expect([...nodes].sort()).toEqual(['grenzen', 'kennis', 'les', 'op']);
    expect([...edges].sort()).toEqual(['e1', 'e2', 'e3']);
    expect(chainsToGoal(doc, 'minder').nodes.has('training')).toBe(true);
  });
});

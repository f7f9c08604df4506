import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { longChain } from '../testing/plans.js';
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

describe('chains of hostile size', () => {
  it('walks a chain of 6,000 outcomes without a deep stack', () => {
    const { chains, truncated } = causalChains(longChain(6_000));
    expect(truncated).toBe(false);
    expect(chains).toHaveLength(1);
    expect(chains[0]!.nodes).toHaveLength(6_003);
    expect(chains[0]!.mechanisms).toEqual(['m']);
  });

  it('stops at its work budget on a long chain fed by many interventions, and says so', () => {
    const { chains, truncated } = causalChains(longChain(2_000, 400), { maxWork: 100_000 });
    expect(truncated).toBe(true);
    // Each chain costs twice its length (the steps to walk it, the cards to keep): about 25 chains of 2,003 cards.
    expect(chains.length).toBeGreaterThan(20);
    expect(chains.length).toBeLessThan(30);
    expect(causalChains(longChain(2_000, 400)).truncated).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../model/vocabulary.js';
import { previousKindsInChain } from '../model/connections.js';
import { build } from '../test-support/build.js';
import { longChain } from '../testing/plans.js';
import { outlineTree, type OutlineItem } from './outline.js';

function flatten(items: readonly OutlineItem[]): OutlineItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

describe('outlineTree', () => {
  const doc = build(
    [
      ['goal', 'op', { level: 'operational' }],
      ['goal', 'minder', { level: 'strategic' }],
      ['outcome', 'grenzen'],
      ['outcome', 'melden'],
      ['mechanism', 'kennis'],
      ['intervention', 'les'],
      ['intervention', 'los'],
      ['indicator', 'k'],
      ['assumption', 'a'],
    ],
    [
      ['les', 'kennis'],
      ['kennis', 'grenzen'],
      ['grenzen', 'op'],
      ['grenzen', 'melden'],
      ['op', 'minder'],
      ['melden', 'minder'],
      ['k', 'grenzen'],
      ['a', 'kennis'],
    ],
  );

  it('reads from the top goal down, with indicators and assumptions under what they concern', () => {
    const { goals, unattached } = outlineTree(doc);
    expect(goals.map((g) => g.id)).toEqual(['minder']);
    const [minder] = goals;
    expect(minder!.children.map((c) => c.id)).toEqual(['op', 'melden']);
    const grenzen = minder!.children[0]!.children[0]!;
    expect(grenzen).toMatchObject({ id: 'grenzen', via: 'e3', repeat: false });
    expect(grenzen.children.map((c) => c.id)).toEqual(['kennis', 'k']);
    expect(grenzen.children[0]!.children.map((c) => c.id)).toEqual(['les', 'a']);
    // 'grenzen' also leads to 'melden': shown there as a repeat, without its children.
    expect(minder!.children[1]!.children).toEqual([{ id: 'grenzen', kind: 'outcome', via: 'e4', repeat: true, children: [] }]);
    expect(unattached.map((u) => u.id)).toEqual(['los']);
  });

  it('puts strategic goals first and survives a cycle', () => {
    const cyclic = build(
      [
        ['goal', 'g1', { level: 'tactical' }],
        ['goal', 'g2', { level: 'strategic' }],
        ['outcome', 'o1'],
        ['outcome', 'o2'],
      ],
      [
        ['o1', 'o2'],
        ['o2', 'o1'],
      ],
    );
    const { goals, unattached } = outlineTree(cyclic);
    expect(goals.map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(flatten(unattached).map((u) => u.id)).toEqual(['o1', 'o2']);
  });

  it('shows every node in full exactly once, whatever the graph', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...NODE_KINDS.values), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
        (kinds, pairs) => {
          const nodes = kinds.map((kind, i) => [kind, `n${i}`] as [typeof kind, string]);
          const edges = pairs.map(([a, b]) => [`n${a % kinds.length}`, `n${b % kinds.length}`, 'leads-to'] as [string, string, string]);
          const { goals, unattached } = outlineTree(build(nodes, edges));
          const full = flatten([...goals, ...unattached]).filter((item) => !item.repeat);
          expect(full.map((item) => item.id).sort()).toEqual(nodes.map(([, id]) => id).sort());
        },
      ),
    );
  });
});

describe('previousKindsInChain', () => {
  it('lists what may point to a kind', () => {
    expect(previousKindsInChain('goal')).toEqual(['outcome', 'goal', 'indicator', 'assumption']);
    expect(previousKindsInChain('mechanism')).toEqual(['intervention', 'assumption']);
  });
});

describe('an outline of hostile size', () => {
  it('nests a chain of 6,000 outcomes without a deep stack', () => {
    const { goals } = outlineTree(longChain(6_000));
    let depth = 0;
    for (let item: OutlineItem | undefined = goals[0]; item; item = item.children[0]) depth++;
    expect(depth).toBe(6_000 + 3);
  });
});

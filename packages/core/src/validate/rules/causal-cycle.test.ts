import { describe, expect, it } from 'vitest';
import { formatFinding } from '../format-finding.js';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { causalCycle } from './causal-cycle.js';

describe('causal-cycle', () => {
  it('fires once for a cycle of three outcomes, naming all three', () => {
    const doc = build(
      [
        ['outcome', 'a'],
        ['outcome', 'b'],
        ['outcome', 'c'],
        ['goal', 'g'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'g'],
      ],
    );
    const findings = causalCycle.check(indexDocument(doc));
    expect(findings).toHaveLength(1);
    expect([...findings[0]!.ids].sort()).toEqual(['a', 'b', 'c']);
  });
  it('shows a two-card cycle closing on itself', () => {
    const doc = build(
      [
        ['outcome', 'a', { title: 'Kennis' }],
        ['outcome', 'b', { title: 'Gedrag' }],
      ],
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
    );
    const [finding] = causalCycle.check(indexDocument(doc));
    expect(formatFinding(finding!, 'nl')).toBe('Deze 2 kaarten vormen een kring: "Kennis" → "Gedrag" → "Kennis".');
  });
  it('stays quiet for a diamond (two paths, no cycle)', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['mechanism', 'm'],
        ['outcome', 'o'],
        ['goal', 'g'],
      ],
      [
        ['i', 'm'],
        ['i', 'o'],
        ['m', 'o'],
        ['o', 'g'],
      ],
    );
    expect(causalCycle.check(indexDocument(doc))).toEqual([]);
  });
  it('handles a long chain without overflowing the stack', () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => ['outcome', `o${i}`] as ['outcome', string]);
    const edges = Array.from({ length: n - 1 }, (_, i) => [`o${i}`, `o${i + 1}`] as [string, string]);
    edges.push([`o${n - 1}`, 'o0']);
    expect(causalCycle.check(indexDocument(build(nodes, edges)))).toHaveLength(1);
  });
});

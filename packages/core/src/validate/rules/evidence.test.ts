import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { chainWithoutRationale, goalOnLowConfidence, interventionWithoutEvidence } from './evidence.js';

/** Two chains to one goal: i1 → o1 → g, i2 → o2 → g. */
function twoChains(
  links: Partial<Record<'i1o1' | 'o1g' | 'i2o2' | 'o2g', { rationale?: string; confidence?: 'low' | 'medium' | 'high' }>> = {},
) {
  const document = build(
    [
      ['intervention', 'i1'],
      ['intervention', 'i2'],
      ['outcome', 'o1'],
      ['outcome', 'o2'],
      ['goal', 'g'],
    ],
    [
      ['i1', 'o1'],
      ['o1', 'g'],
      ['i2', 'o2'],
      ['o2', 'g'],
    ],
  );
  const names = ['i1o1', 'o1g', 'i2o2', 'o2g'] as const;
  return { ...document, edges: document.edges.map((edge, i) => ({ ...edge, ...links[names[i]!] })) };
}

describe('chain-without-rationale', () => {
  it('names a goal one of whose chains says nowhere why it works, with that chain', () => {
    const findings = chainWithoutRationale.check(indexDocument(twoChains({ i1o1: { rationale: 'omdat kennis gedrag verandert' } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ids).toEqual(['i2', 'o2', 'g']);
  });
  it('stays quiet when every chain has a rationale somewhere', () => {
    expect(chainWithoutRationale.check(indexDocument(twoChains({ i1o1: { rationale: 'a' }, o2g: { rationale: 'b' } })))).toEqual([]);
  });
  it('stays quiet for a goal no chain reaches (another rule names it)', () => {
    expect(chainWithoutRationale.check(indexDocument(build([['goal', 'g']])))).toEqual([]);
  });
});

describe('intervention-without-evidence', () => {
  it('fires for an intervention with neither recognition nor evidence, and not for one with either', () => {
    const document = build([
      ['intervention', 'bare'],
      ['intervention', 'recognised', { recognition: { databank: 'movisie', level: 'well-founded' } }],
      ['intervention', 'backed', { evidence: { source: 'Evaluatie 2024' } }],
      ['intervention', 'empty', { evidence: { source: '  ' } }],
    ]);
    expect(interventionWithoutEvidence.check(indexDocument(document)).map((finding) => finding.ids)).toEqual([['bare'], ['empty']]);
  });
});

describe('goal-on-low-confidence', () => {
  it('warns when every chain to a goal passes a link of low confidence', () => {
    const findings = goalOnLowConfidence.check(indexDocument(twoChains({ o1g: { confidence: 'low' }, i2o2: { confidence: 'low' } })));
    expect(findings.map((finding) => finding.ids)).toEqual([['g']]);
  });
  it('stays quiet when one chain holds without low confidence, or when none was given', () => {
    expect(goalOnLowConfidence.check(indexDocument(twoChains({ o1g: { confidence: 'low' }, i2o2: { confidence: 'high' } })))).toEqual([]);
    expect(goalOnLowConfidence.check(indexDocument(twoChains()))).toEqual([]);
  });
  it('finishes on a long plan with cycles in linear time (no chains enumerated)', () => {
    const nodes: ['intervention' | 'outcome' | 'goal', string][] = [
      ['intervention', 'i'],
      ['goal', 'g'],
    ];
    const edges: [string, string][] = [];
    for (let n = 0; n < 2_000; n++) nodes.push(['outcome', `o${n}`]);
    for (let n = 0; n < 2_000; n++) for (const m of [n + 1, n + 2]) if (m < 2_000) edges.push([`o${n}`, `o${m}`]);
    edges.push(['i', 'o0'], ['o1999', 'g']);
    const document = build(nodes, edges);
    const low = { ...document, edges: document.edges.map((edge) => ({ ...edge, confidence: 'low' as const })) };
    expect(goalOnLowConfidence.check(indexDocument(low))).toHaveLength(1);
  });
});

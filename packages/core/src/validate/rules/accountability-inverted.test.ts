import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { accountabilityInverted } from './accountability-inverted.js';

describe('accountability-inverted', () => {
  it('fires for an interest outcome that leads to a control outcome', () => {
    const doc = build(
      [
        ['outcome', 'o', { title: 'Minder slachtoffers', sphere: 'interest' }],
        ['outcome', 'p', { title: 'Partners werken samen', sphere: 'control' }],
      ],
      [['o', 'p']],
    );
    const findings = accountabilityInverted.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['e1', 'o', 'p']]);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      '"Minder slachtoffers" (belang) leidt tot "Partners werken samen" (in eigen hand): de verantwoordingslijn staat op zijn kop. Klopt de invloedssfeer van beide kaarten?',
    );
  });
  it('stays quiet from control through influence to interest', () => {
    const doc = build(
      [
        ['outcome', 'o', { sphere: 'control' }],
        ['outcome', 'p', { sphere: 'influence' }],
        ['goal', 'g', { sphere: 'interest' }],
      ],
      [
        ['o', 'p'],
        ['p', 'g'],
      ],
    );
    expect(accountabilityInverted.check(indexDocument(doc))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { isolatedMechanism } from './isolated-mechanism.js';

describe('isolated-mechanism', () => {
  it('fires for a mechanism with no causal connection at all', () => {
    const doc = build([
      ['mechanism', 'm', { title: 'Oefenen maakt weerbaar' }],
      ['assumption', 'a'],
    ]);
    const findings = isolatedMechanism.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['m']]);
    expect(formatFinding(findings[0]!, 'nl')).toContain('Werkzaam mechanisme "Oefenen maakt weerbaar" is nog nergens mee verbonden');
  });
  it('stays quiet once one side is connected', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['mechanism', 'm'],
      ],
      [['i', 'm']],
    );
    expect(isolatedMechanism.check(indexDocument(doc))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { duplicateTitle } from './duplicate-title.js';

describe('duplicate-title', () => {
  it('fires as a tip for two cards of one kind with the same title, whatever the case and spacing', () => {
    const doc = build([
      ['intervention', 'i', { title: 'Lespakket  seksuele vorming' }],
      ['intervention', 'j', { title: 'lespakket seksuele vorming' }],
      ['outcome', 'o', { title: 'Lespakket seksuele vorming' }],
    ]);
    const findings = duplicateTitle.check(indexDocument(doc));
    expect(findings.map((f) => [f.ids, f.severity])).toEqual([[['i', 'j'], 'info']]);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      'Er staan 2 interventies met de titel "Lespakket  seksuele vorming"; voeg ze samen of maak het verschil duidelijk.',
    );
  });
  it('stays quiet for different titles and for empty ones (those have their own rule)', () => {
    const doc = build([
      ['goal', 'g', { title: 'A' }],
      ['goal', 'h', { title: 'B' }],
      ['goal', 'x', { title: '' }],
      ['goal', 'y', { title: ' ' }],
    ]);
    expect(duplicateTitle.check(indexDocument(doc))).toEqual([]);
  });
});

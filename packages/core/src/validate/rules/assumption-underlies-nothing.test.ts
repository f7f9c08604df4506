import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { assumptionUnderliesNothing } from './assumption-underlies-nothing.js';

describe('assumption-underlies-nothing', () => {
  it('fires for an assumption with no underlies connection', () => {
    const findings = assumptionUnderliesNothing.check(indexDocument(build([['assumption', 'a', { title: 'Scholen maken tijd vrij' }]])));
    expect(findings.map((f) => f.ids)).toEqual([['a']]);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      'Aanname "Scholen maken tijd vrij" onderbouwt nog niets; verbind haar met de kaart die erop rust.',
    );
  });
  it('stays quiet for an assumption under two cards', () => {
    const doc = build(
      [
        ['assumption', 'a'],
        ['intervention', 'i'],
        ['intervention', 'j'],
      ],
      [
        ['a', 'i'],
        ['a', 'j'],
      ],
    );
    expect(assumptionUnderliesNothing.check(indexDocument(doc))).toEqual([]);
  });
});

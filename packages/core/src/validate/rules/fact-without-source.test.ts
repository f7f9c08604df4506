import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { factWithoutSource } from './fact-without-source.js';

const context = (facts: { id: string; statement: string; source: string; link?: string }[]) => ({ problem: '', facts });

describe('fact-without-source', () => {
  it('fires for a fact with neither source nor link', () => {
    const doc = build([], [], { context: context([{ id: 'f1', statement: '11% van de meisjes is ooit gedwongen', source: ' ' }]) });
    const findings = factWithoutSource.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['f1']]);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      'Feit 1 ("11% van de meisjes is ooit gedwongen") heeft geen bron; waar komt het cijfer vandaan?',
    );
  });
  it('stays quiet for a fact with a source or a link', () => {
    const doc = build([], [], {
      context: context([
        { id: 'f1', statement: 'a', source: 'Rutgers' },
        { id: 'f2', statement: 'b', source: '', link: 'https://example.org/monitor' },
      ]),
    });
    expect(factWithoutSource.check(indexDocument(doc))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { outcomeWithoutCause } from './outcome-without-cause.js';

describe('outcome-without-cause', () => {
  it('fires for an outcome that nothing leads to, even when it leads on to a goal', () => {
    const doc = build(
      [
        ['outcome', 'o', { title: 'Omstanders grijpen in' }],
        ['goal', 'g'],
      ],
      [['o', 'g']],
    );
    const findings = outcomeWithoutCause.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['o']]);
    expect(formatFinding(findings[0]!, 'en')).toBe(
      'Nothing leads to outcome "Omstanders grijpen in": which intervention or mechanism brings it closer?',
    );
  });
  it('stays quiet when a mechanism leads to it', () => {
    const doc = build(
      [
        ['mechanism', 'm'],
        ['outcome', 'o'],
      ],
      [['m', 'o']],
    );
    expect(outcomeWithoutCause.check(indexDocument(doc))).toEqual([]);
  });
});

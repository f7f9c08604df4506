import { describe, expect, it } from 'vitest';
import { formatFinding } from '../format-finding.js';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { forbiddenConnection } from './forbidden-connection.js';

describe('forbidden-connection', () => {
  it('fires for a goal pointing to an intervention', () => {
    const findings = forbiddenConnection.check(
      indexDocument(
        build(
          [
            ['goal', 'g'],
            ['intervention', 'i'],
          ],
          [['g', 'i', 'leads-to']],
        ),
      ),
    );
    expect(findings).toHaveLength(1);
    expect(formatFinding(findings[0]!, 'en')).toContain('it can point to: goal');
  });
  it('fires for an allowed pair with the wrong edge kind', () => {
    const findings = forbiddenConnection.check(
      indexDocument(
        build(
          [
            ['indicator', 'k'],
            ['goal', 'g'],
          ],
          [['k', 'g', 'leads-to']],
        ),
      ),
    );
    expect(formatFinding(findings[0]!, 'en')).toContain('it must be “measures”');
  });
  it('stays quiet for every allowed connection', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['mechanism', 'm'],
        ['outcome', 'o'],
        ['goal', 'g'],
        ['indicator', 'k'],
        ['assumption', 'a'],
      ],
      [
        ['i', 'm'],
        ['m', 'o'],
        ['o', 'g'],
        ['k', 'g'],
        ['a', 'm'],
      ],
    );
    expect(forbiddenConnection.check(indexDocument(doc))).toEqual([]);
  });
});

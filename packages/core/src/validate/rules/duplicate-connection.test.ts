import { describe, expect, it } from 'vitest';
import { formatFinding } from '../format-finding.js';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { duplicateConnection } from './duplicate-connection.js';

describe('duplicate-connection', () => {
  it('fires once for two connections between the same cards, naming them by title', () => {
    const doc = build(
      [
        ['outcome', 'o', { title: 'Jongeren kennen hun grenzen' }],
        ['goal', 'g', { title: 'Minder seksueel geweld' }],
      ],
      [
        ['o', 'g'],
        ['o', 'g'],
      ],
    );
    const findings = duplicateConnection.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['e1', 'e2']]);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      'De verbinding "Jongeren kennen hun grenzen" → "Minder seksueel geweld" staat er 2 keer in; verwijder de dubbele.',
    );
  });
  it('reports three connections between the same cards once, with their count', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['mechanism', 'm'],
        ['outcome', 'o'],
      ],
      [
        ['i', 'm'],
        ['i', 'o'],
        ['i', 'm'],
        ['i', 'm'],
      ],
    );
    const findings = duplicateConnection.check(indexDocument(doc));
    expect(findings.map((f) => [f.ids, f.params.count])).toEqual([[['e1', 'e3', 'e4'], 3]]);
  });
  it('stays quiet for connections in opposite directions or between other cards', () => {
    const doc = build(
      [
        ['goal', 'a'],
        ['goal', 'b'],
        ['goal', 'c'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    expect(duplicateConnection.check(indexDocument(doc))).toEqual([]);
  });
});

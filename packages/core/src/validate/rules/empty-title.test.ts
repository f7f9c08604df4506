import { describe, expect, it } from 'vitest';
import { formatFinding } from '../format-finding.js';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { emptyTitle } from './empty-title.js';

describe('empty-title', () => {
  it('fires for a node with only spaces as title', () => {
    const findings = emptyTitle.check(indexDocument(build([['goal', 'g', { title: '   ' }]])));
    expect(findings).toHaveLength(1);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      'Er is een doel zonder naam; geef deze een naam, zodat iedereen weet waar het over gaat.',
    );
  });
  it('stays quiet when everything has a name', () => {
    expect(emptyTitle.check(indexDocument(build([['goal', 'g']])))).toEqual([]);
  });
});

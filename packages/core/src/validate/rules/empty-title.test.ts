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
  it('names every untitled card in document order, also two cards that share an id', () => {
    const plan = build([
      ['goal', 'g', { title: '' }],
      ['outcome', 'o', { title: 'Minder eenzaamheid' }],
      ['intervention', 'i', { title: '\t' }],
    ]);
    const once = emptyTitle.check(indexDocument(plan));
    expect(once.map((finding) => finding.ids)).toEqual([['g'], ['i']]);
    expect(formatFinding(once[1]!, 'en')).toContain('intervention');
    // A card repeated under the same id (a duplicate-id error) is not in the index twice; both copies still count.
    const twice = emptyTitle.check(indexDocument({ ...plan, nodes: [...plan.nodes, { ...plan.nodes[0]! }] }));
    expect(twice.map((finding) => finding.ids)).toEqual([['g'], ['i'], ['g']]);
  });
  it('stays quiet when everything has a name', () => {
    expect(emptyTitle.check(indexDocument(build([['goal', 'g']])))).toEqual([]);
  });
});

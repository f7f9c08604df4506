import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { emptyTitle } from './empty-title.js';

describe('empty-title', () => {
  it('fires for a node with only spaces as title', () => {
    const findings = emptyTitle.check(indexDocument(build([['goal', 'g', { title: '   ' }]])));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.nl).toBe('Doel "g" heeft geen titel.');
  });
  it('stays quiet when everything has a name', () => {
    expect(emptyTitle.check(indexDocument(build([['goal', 'g']])))).toEqual([]);
  });
});

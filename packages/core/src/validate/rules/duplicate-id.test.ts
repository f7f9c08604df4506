import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { duplicateId } from './duplicate-id.js';

describe('duplicate-id', () => {
  it('fires when a node and a partner share an id', () => {
    const doc = build([['goal', 'x']], [], { actors: [{ id: 'x', name: 'GGD', domain: 'care', contact: '', offer: '' }] });
    const findings = duplicateId.check(indexDocument(doc));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'duplicate-id', severity: 'error', ids: ['x'] });
  });
  it('stays quiet when ids are unique', () => {
    expect(
      duplicateId.check(
        indexDocument(
          build([
            ['goal', 'a'],
            ['goal', 'b'],
          ]),
        ),
      ),
    ).toEqual([]);
  });
});

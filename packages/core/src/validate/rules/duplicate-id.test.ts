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
  it('finds the same on an index it did not see built (a copy of one), through a table of its own', () => {
    const doc = build(
      [
        ['goal', 'x'],
        ['outcome', 'y'],
      ],
      [['y', 'x']],
      { actors: [{ id: 'y', name: 'GGD', domain: 'care', contact: '', offer: '' }] },
    );
    const copy = { ...indexDocument(doc) };
    expect(duplicateId.check(copy).map((finding) => finding.ids)).toEqual([['y']]);
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

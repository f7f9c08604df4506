import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { selfLoop } from './self-loop.js';

describe('self-loop', () => {
  it('fires for an outcome pointing to itself', () => {
    expect(selfLoop.check(indexDocument(build([['outcome', 'o']], [['o', 'o']])))).toHaveLength(1);
  });
  it('stays quiet for an outcome pointing to another', () => {
    expect(
      selfLoop.check(
        indexDocument(
          build(
            [
              ['outcome', 'o'],
              ['outcome', 'p'],
            ],
            [['o', 'p']],
          ),
        ),
      ),
    ).toEqual([]);
  });
});

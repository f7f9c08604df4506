import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { selfLoop } from './self-loop.js';

describe('self-loop', () => {
  it('fires for an outcome pointing to itself', () => {
    expect(selfLoop.check(indexDocument(build([['outcome', 'o']], [['o', 'o']])))).toHaveLength(1);
  });
  it('fires for a connection from a missing card to itself too, and for each loop in document order', () => {
    const findings = selfLoop.check(
      indexDocument(
        build(
          [
            ['goal', 'g'],
            ['outcome', 'o'],
          ],
          [
            ['o', 'g'],
            ['x', 'x'],
            ['g', 'g'],
          ],
        ),
      ),
    );
    expect(findings.map((finding) => finding.ids[1])).toEqual(['x', 'g']);
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

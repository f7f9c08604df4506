import { describe, expect, it } from 'vitest';
import { formatFinding } from '../format-finding.js';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { danglingEdge } from './dangling-edge.js';

describe('dangling-edge', () => {
  it('fires for an edge to a missing node', () => {
    const findings = danglingEdge.check(indexDocument(build([['intervention', 'i']], [['i', 'ghost']])));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ids).toEqual(['e1']);
    expect(formatFinding(findings[0]!, 'nl')).toContain('ghost');
  });
  it('stays quiet when both ends exist', () => {
    expect(
      danglingEdge.check(
        indexDocument(
          build(
            [
              ['intervention', 'i'],
              ['mechanism', 'm'],
            ],
            [['i', 'm']],
          ),
        ),
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatFinding } from '../format-finding.js';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { goalLevelOrder } from './goal-level-order.js';

describe('goal-level-order', () => {
  it('fires for a strategic goal pointing to an operational one', () => {
    const doc = build(
      [
        ['goal', 's', { level: 'strategic' }],
        ['goal', 'o', { level: 'operational' }],
      ],
      [['s', 'o']],
    );
    expect(formatFinding(goalLevelOrder.check(indexDocument(doc))[0]!, 'nl')).toContain('draai de verbinding om');
  });
  it('stays quiet for operational → tactical → strategic', () => {
    const doc = build(
      [
        ['goal', 'o', { level: 'operational' }],
        ['goal', 't', { level: 'tactical' }],
        ['goal', 's', { level: 'strategic' }],
      ],
      [
        ['o', 't'],
        ['t', 's'],
      ],
    );
    expect(goalLevelOrder.check(indexDocument(doc))).toEqual([]);
  });
});

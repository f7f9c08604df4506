import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { indicatorMeasuresNothing, indicatorWithoutSource, indicatorWithoutTarget } from './indicator-incomplete.js';

const complete = { source: 'Monitor Veilig Thuis', targets: [{ value: 10, date: '2028-12-31' }] };

describe('indicator rules', () => {
  it('fire for an indicator without target, without source and measuring nothing', () => {
    const index = indexDocument(build([['indicator', 'k']]));
    expect(indicatorWithoutTarget.check(index)).toHaveLength(1);
    expect(indicatorWithoutSource.check(index)).toHaveLength(1);
    expect(indicatorMeasuresNothing.check(index)).toHaveLength(1);
  });
  it('stay quiet for a complete, connected indicator', () => {
    const index = indexDocument(
      build(
        [
          ['indicator', 'k', complete],
          ['goal', 'g'],
        ],
        [['k', 'g']],
      ),
    );
    expect([
      ...indicatorWithoutTarget.check(index),
      ...indicatorWithoutSource.check(index),
      ...indicatorMeasuresNothing.check(index),
    ]).toEqual([]);
  });
});

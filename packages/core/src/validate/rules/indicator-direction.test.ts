import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { indicatorDirectionContradicts, indicatorDirectionUnknown } from './indicator-direction.js';

const indicator = (direction: string, baseline: number, targets: [number, string][]) => ({
  direction,
  baseline: { value: baseline, date: '2024-12-31' },
  targets: targets.map(([value, date]) => ({ value, date })),
});

describe('indicator direction rules', () => {
  it('flag "higher is better" towards a lower target and "lower is better" towards a higher one, judged by the last target', () => {
    const index = indexDocument(
      build([
        ['indicator', 'up-wrong', indicator('increase', 11, [[9, '2028-12-31']])],
        ['indicator', 'down-wrong', indicator('decrease', 40, [[70, '2027-12-31']])],
        // The last target decides: a dip first, then higher.
        [
          'indicator',
          'up-right',
          indicator('increase', 10, [
            [8, '2026-12-31'],
            [12, '2028-12-31'],
          ]),
        ],
        ['indicator', 'down-right', indicator('decrease', 11, [[9, '2028-12-31']])],
        ['indicator', 'level', indicator('maintain', 5, [[7, '2028-12-31']])],
      ]),
    );
    const findings = indicatorDirectionContradicts.check(index);
    expect(findings.map((f) => f.ids[0])).toEqual(['up-wrong', 'down-wrong']);
    expect(formatFinding(findings[0]!, 'nl')).toContain('streefwaarde (9) ligt onder de nulmeting (11)');
    expect(formatFinding(findings[1]!, 'en')).toContain('is higher better?');
  });

  it('asks for the direction of an indicator that has none, and stays quiet otherwise', () => {
    const index = indexDocument(
      build([
        ['indicator', 'asked', { direction: 'unknown' }],
        ['indicator', 'known', { direction: 'decrease' }],
      ]),
    );
    expect(indicatorDirectionUnknown.check(index).map((f) => f.ids[0])).toEqual(['asked']);
    expect(indicatorDirectionContradicts.check(index)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { targetDate } from './target-date.js';

const scope = { level: 'municipality' as const, name: 'Voorbeeldstad', period: { start: 2025, end: 2028 } };

describe('target-date', () => {
  it('fires for a target before its baseline and for one outside the plan period, with Dutch dates', () => {
    const doc = build(
      [
        [
          'indicator',
          'k',
          { title: 'Meldingen', baseline: { value: 10, date: '2025-06-30' }, targets: [{ value: 20, date: '2024-12-31' }] },
        ],
        ['indicator', 'l', { title: 'Getraind', targets: [{ value: 20, date: '2031-12-31' }] }],
      ],
      [],
      { scope },
    );
    const findings = targetDate.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['k'], ['l']]);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      'De streefwaarde van "Meldingen" op 31 december 2024 ligt vóór de nulmeting (30 juni 2025).',
    );
    expect(formatFinding(findings[1]!, 'nl')).toBe(
      'De streefwaarde van "Getraind" op 31 december 2031 ligt buiten de looptijd van het plan (2025–2028).',
    );
    expect(formatFinding(findings[1]!, 'en')).toBe(
      'The target of "Getraind" on 31 December 2031 lies outside the plan period (2025–2028).',
    );
  });
  it('stays quiet for targets after the baseline within the period, and without a period', () => {
    const doc = build(
      [['indicator', 'k', { baseline: { value: 1, date: '2025-01-01' }, targets: [{ value: 2, date: '2027-12-31' }] }]],
      [],
      { scope },
    );
    expect(targetDate.check(indexDocument(doc))).toEqual([]);
    const noPeriod = build([['indicator', 'k', { targets: [{ value: 2, date: '2040-12-31' }] }]]);
    expect(targetDate.check(indexDocument(noPeriod))).toEqual([]);
  });
});

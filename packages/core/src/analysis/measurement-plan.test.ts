import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { measurementPlan } from './measurement-plan.js';

describe('measurementPlan', () => {
  it('lists indicators with what they measure, values and owner name', () => {
    const doc = build(
      [
        ['goal', 'g', { title: 'Minder slachtoffers' }],
        [
          'indicator',
          'k',
          {
            title: 'Meldingen bij Veilig Thuis',
            owner: 'vt',
            baseline: { value: 120, date: '2024-12-31' },
            targets: [{ value: 160, date: '2027-12-31' }],
            measurements: [
              { value: 130, date: '2025-12-31' },
              { value: 125, date: '2025-06-30' },
            ],
          },
        ],
      ],
      [['k', 'g']],
      { actors: [{ id: 'vt', name: 'Veilig Thuis', domain: 'care', contact: '', offer: '' }] },
    );
    const [row] = measurementPlan(doc);
    expect(row).toMatchObject({
      title: 'Meldingen bij Veilig Thuis',
      owner: { name: 'Veilig Thuis' },
      baseline: { value: 120 },
      latest: { value: 130 },
    });
    expect(row!.measures).toEqual([{ id: 'g', kind: 'goal', title: 'Minder slachtoffers' }]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRESS_THRESHOLDS, indicatorProgress, planProgress, sparklineSvg } from './progress.js';

// Baseline 100 on 2024-01-01, target 200 on 2026-01-01: halfway (2025-01-01, 366 days later in a leap year) expects ~150.
const rising = {
  direction: 'increase' as const,
  baseline: { value: 100, date: '2024-01-01' },
  targets: [{ value: 200, date: '2026-01-01' }],
};
const at = (value: number, date = '2026-01-01') => [{ value, date }];

describe('indicatorProgress', () => {
  it('judges an increasing indicator at the thresholds: on the line, just within 10 % of the planned change, just beyond', () => {
    expect(indicatorProgress({ ...rising, measurements: at(200) }).status).toBe('on-track');
    expect(indicatorProgress({ ...rising, measurements: at(230) }).status).toBe('on-track');
    expect(indicatorProgress({ ...rising, measurements: at(190) }).status).toBe('at-risk'); // 10 behind = 10 % of 100
    expect(indicatorProgress({ ...rising, measurements: at(189.9) }).status).toBe('off-track');
    const halfway = indicatorProgress({ ...rising, measurements: at(150, '2025-01-01') });
    expect(halfway.expected).toBeCloseTo(150, 0);
  });

  it('mirrors for an indicator that should go down', () => {
    const falling = {
      direction: 'decrease' as const,
      baseline: { value: 50, date: '2024-01-01' },
      targets: [{ value: 30, date: '2026-01-01' }],
    };
    expect(indicatorProgress({ ...falling, measurements: at(30) }).status).toBe('on-track');
    expect(indicatorProgress({ ...falling, measurements: at(32) }).status).toBe('at-risk'); // 2 = 10 % of 20
    expect(indicatorProgress({ ...falling, measurements: at(32.5) }).status).toBe('off-track');
  });

  it('keeps an indicator that should stay within 10 % (at risk within 20 %) of its target', () => {
    const steady = {
      direction: 'maintain' as const,
      baseline: { value: 80, date: '2024-01-01' },
      targets: [{ value: 80, date: '2026-01-01' }],
    };
    expect(indicatorProgress({ ...steady, measurements: at(88) }).status).toBe('on-track');
    expect(indicatorProgress({ ...steady, measurements: at(95) }).status).toBe('at-risk');
    expect(indicatorProgress({ ...steady, measurements: at(97) }).status).toBe('off-track');
  });

  it('says not measured without measurements, no target without a baseline or target, and uses the latest measurement', () => {
    expect(indicatorProgress({ ...rising, measurements: [] }).status).toBe('not-measured');
    expect(indicatorProgress({ direction: 'increase', targets: [], measurements: at(5) }).status).toBe('no-target');
    const progress = indicatorProgress({
      ...rising,
      measurements: [
        { value: 200, date: '2026-01-01' },
        { value: 100, date: '2025-06-01' },
      ],
    });
    expect(progress.latest?.date).toBe('2026-01-01');
    expect(progress.status).toBe('on-track');
  });

  it('lets a plan set its own threshold', () => {
    expect(indicatorProgress({ ...rising, measurements: at(185) }).status).toBe('off-track');
    expect(indicatorProgress({ ...rising, measurements: at(185) }, { atRisk: 0.2 }).status).toBe('at-risk');
    expect(DEFAULT_PROGRESS_THRESHOLDS.atRisk).toBe(0.1);
  });
});

describe('sparklineSvg', () => {
  it('draws one point per measurement in date order, the latest marked, the target dashed; its label escaped', () => {
    const svg = sparklineSvg(
      [
        { value: 3, date: '2026-01-01' },
        { value: 1, date: '2024-01-01' },
        { value: 2, date: '2025-01-01' },
      ],
      { width: 100, height: 30, target: 4, label: 'Meldingen <CSG>' },
    );
    const points = /points="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points.map(([x]) => x)).toEqual([...points.map(([x]) => x)].sort((a, b) => a! - b!));
    expect(points[0]![1]).toBeGreaterThan(points[2]![1]!); // higher values higher up
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('aria-label="Meldingen &lt;CSG&gt;"');
    expect(sparklineSvg([])).not.toContain('polyline');
  });
});

describe('planProgress on a plan a year on', () => {
  it('judges every measured indicator by the document, in turn on track, at risk and off track', async () => {
    const { yearLaterPlan } = await import('../testing/plans.js');
    const { getTemplate } = await import('../templates/index.js');
    const rows = planProgress(yearLaterPlan(getTemplate('voorbeeldregio')!.create())).filter((row) => row.progress.latest);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.slice(0, 3).map((row) => row.progress.status)).toEqual(['on-track', 'at-risk', 'off-track']);
    // Every indicator serves a goal of the plan.
    for (const row of rows) expect(row.goals.length).toBeGreaterThan(0);
  });
});

describe('indicatorProgress against an independent reckoning', () => {
  const DAY = 86_400_000;
  const date = (days: number) => new Date(Date.UTC(2024, 0, 1) + days * DAY).toISOString().slice(0, 10);
  /**
   * The oracle reckons in shares instead of values: the share of the time from baseline to target that has
   * passed, and the share of the planned change that has been made. On track when the change keeps up with the
   * time; at risk when it lags by at most `atRisk` of the change.
   */
  function oracle(baseline: number, target: number, span: number, at: number, latest: number, atRisk: number) {
    const time = Math.min(1, Math.max(0, at / span));
    const made = (latest - baseline) / (target - baseline);
    const lag = time - made;
    return { lag, status: lag <= 0 ? 'on-track' : lag <= atRisk ? 'at-risk' : 'off-track' };
  }

  it('agrees for rising and falling indicators with any baseline, target, dates and measurement', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.boolean(),
        fc.integer({ min: 30, max: 3_000 }),
        fc.integer({ min: -400, max: 3_400 }),
        fc.double({ min: -2_000, max: 2_000, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (baseline, change, falling, span, at, latest, atRisk) => {
          const target = falling ? baseline - change : baseline + change;
          const expected = oracle(baseline, target, span, at, latest, atRisk);
          // Right on a threshold, rounding decides: leave those to the unit tests above.
          fc.pre(Math.abs(expected.lag) > 1e-6 && Math.abs(expected.lag - atRisk) > 1e-6);
          const progress = indicatorProgress(
            {
              direction: falling ? 'decrease' : 'increase',
              baseline: { value: baseline, date: date(0) },
              targets: [{ value: target, date: date(span) }],
              measurements: [{ value: latest, date: date(at) }],
            },
            { atRisk },
          );
          expect(progress.status).toBe(expected.status);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('judges a mirrored indicator alike: every value negated and the direction turned gives the same status', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.constantFrom('increase', 'decrease', 'maintain'),
        fc.array(fc.record({ value: fc.integer({ min: -2_000, max: 2_000 }), day: fc.integer({ min: -400, max: 3_400 }) }), {
          maxLength: 4,
        }),
        (baseline, target, direction, points) => {
          const measurements = points.map((point) => ({ value: point.value, date: date(point.day) }));
          const mirror = { increase: 'decrease', decrease: 'increase', maintain: 'maintain' } as const;
          const original = indicatorProgress({
            direction,
            baseline: { value: baseline, date: date(0) },
            targets: [{ value: target, date: date(1_000) }],
            measurements,
          });
          const mirrored = indicatorProgress({
            direction: mirror[direction],
            baseline: { value: -baseline, date: date(0) },
            targets: [{ value: -target, date: date(1_000) }],
            measurements: measurements.map((m) => ({ ...m, value: -m.value })),
          });
          expect(mirrored.status).toBe(original.status);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('never guesses a direction it does not know', () => {
    const progress = indicatorProgress({ ...rising, direction: 'unknown', measurements: at(150) });
    expect(progress.status).toBe('no-direction');
  });
});

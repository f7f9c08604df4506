import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from './extent.js';

describe('minOf and maxOf', () => {
  it('take the extremes of half a million values, where a spread throws', () => {
    const values = Array.from({ length: 500_000 }, (_, i) => ({ x: (i * 7919) % 500_000 }));
    expect(() => Math.min(...values.map((v) => v.x))).toThrow(RangeError);
    expect(minOf(values, (v) => v.x)).toBe(0);
    expect(maxOf(values, (v) => v.x)).toBe(499_999);
    expect(minOf([], (v: number) => v)).toBe(Number.POSITIVE_INFINITY);
  });
});

import { describe, expect, it } from 'vitest';
import { countCrossings, totalLength } from './metrics.js';

describe('countCrossings', () => {
  it('counts an X once and ignores edges that only touch or overlap', () => {
    const x = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ],
      [
        { x: 0, y: 10 },
        { x: 10, y: 0 },
      ],
    ];
    expect(countCrossings(x)).toBe(1);
    const touching = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      [
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ],
    ];
    expect(countCrossings(touching)).toBe(0);
    const overlapping = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      [
        { x: 5, y: 0 },
        { x: 15, y: 0 },
      ],
    ];
    expect(countCrossings(overlapping)).toBe(0);
  });
  it('counts every crossing of orthogonal routes', () => {
    const comb = [
      [
        { x: 0, y: 5 },
        { x: 100, y: 5 },
      ],
      ...[10, 20, 30].map((x) => [
        { x, y: 0 },
        { x, y: 10 },
      ]),
    ];
    expect(countCrossings(comb)).toBe(3);
  });
});

describe('totalLength', () => {
  it('adds segment lengths', () => {
    expect(
      totalLength([
        [
          { x: 0, y: 0 },
          { x: 3, y: 4 },
          { x: 3, y: 10 },
        ],
      ]),
    ).toBe(11);
  });
});

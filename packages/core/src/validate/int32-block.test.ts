import { describe, expect, it } from 'vitest';
import { Int32Block } from './int32-block.js';

describe('Int32Block', () => {
  it('hands out zeroed arrays that do not overlap, and refuses more than it holds', () => {
    const block = new Int32Block(10);
    const a = block.take(4);
    const b = block.take(6);
    expect([...a, ...b]).toEqual(new Array(10).fill(0));
    a.fill(-1);
    b.fill(7);
    expect([...a]).toEqual([-1, -1, -1, -1]);
    expect([...b]).toEqual([7, 7, 7, 7, 7, 7]);
    expect(block.take(0).length).toBe(0);
    expect(() => block.take(1)).toThrow(RangeError);
  });
});

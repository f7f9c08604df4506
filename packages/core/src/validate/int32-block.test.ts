import { describe, expect, it } from 'vitest';
import { Int32Block, withScratch } from './int32-block.js';

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

describe('withScratch', () => {
  it('lends zeroed working space, the same memory from one use to the next', () => {
    let first: Int32Array | undefined;
    withScratch(8, (space) => {
      expect([...space]).toEqual(new Array(8).fill(0));
      space.fill(9);
      first = space;
    });
    withScratch(6, (space) => {
      // Zeroed again, though it is the memory the first use wrote to.
      expect([...space]).toEqual(new Array(6).fill(0));
      expect(space.buffer).toBe(first!.buffer);
    });
  });

  it('gives a nested use space of its own, and returns what the use returns', () => {
    const result = withScratch(4, (outer) => {
      outer.fill(1);
      const inner = withScratch(4, (space) => {
        expect(space.buffer).not.toBe(outer.buffer);
        space.fill(2);
        return [...space];
      });
      return [...outer, ...inner];
    });
    expect(result).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('is lent again after a use that throws', () => {
    expect(() =>
      withScratch(4, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    let shared: ArrayBufferLike | undefined;
    withScratch(4, (space) => (shared = space.buffer));
    withScratch(4, (space) => expect(space.buffer).toBe(shared));
  });

  it('does not keep more than 4 MB between uses', () => {
    let big: ArrayBufferLike | undefined;
    withScratch((1 << 20) + 1, (space) => (big = space.buffer));
    withScratch((1 << 20) + 1, (space) => expect(space.buffer).not.toBe(big));
  });
});

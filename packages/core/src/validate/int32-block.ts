/**
 * Consecutive views of one zeroed `Int32Array`: several working arrays for the
 * price of one allocation. A typed array of its own costs about half a
 * microsecond to make (its memory lives outside the heap), which at 100 cards
 * is as much as the loop that fills it; validation needs dozens. Not exported
 * from the package: a tool of the checks.
 *
 * @example
 * const block = new Int32Block(3 * n);
 * const order = block.take(n), low = block.take(n), stack = block.take(n);
 */
export class Int32Block {
  readonly #array: Int32Array;
  #used = 0;

  /** A block of `size` zeroes. */
  constructor(size: number) {
    this.#array = new Int32Array(size);
  }

  /** The next `length` entries, as their own array (throws when the block has fewer left). */
  take(length: number): Int32Array {
    const start = this.#used;
    if (start + length > this.#array.length) throw new RangeError('Int32Block is full');
    this.#used = start + length;
    return this.#array.subarray(start, start + length);
  }
}

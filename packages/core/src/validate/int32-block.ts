/**
 * Consecutive views of one zeroed `Int32Array`: several working arrays for the
 * price of one allocation. A typed array of its own costs a few microseconds
 * to make (its memory lives outside the heap), which at 100 cards is as much as
 * the loop that fills it; validation needs dozens. Not exported from the
 * package: a tool of the checks.
 *
 * @example
 * const block = new Int32Block(3 * n);
 * const order = block.take(n), low = block.take(n), stack = block.take(n);
 */
export class Int32Block {
  readonly #array: Int32Array;
  #used = 0;

  /** A block of `size` zeroes, or the block over `array` (zeroed by whoever hands it over, as {@link withScratch} does). */
  constructor(size: number | Int32Array) {
    this.#array = typeof size === 'number' ? new Int32Array(size) : size;
  }

  /** The next `length` entries, as their own array (throws when the block has fewer left). */
  take(length: number): Int32Array {
    const start = this.#used;
    if (start + length > this.#array.length) throw new RangeError('Int32Block is full');
    this.#used = start + length;
    return this.#array.subarray(start, start + length);
  }
}

/** Working space kept between validations up to this many entries (4 MB); more is made for the one use. */
const KEPT_UP_TO = 1 << 20;
let shared = new Int32Array(0);
let lent = false;

/**
 * Runs `use` with `size` zeroed entries of working space that the checks share
 * between validations (one allocation for every plan of that size or smaller),
 * for arrays dropped when `use` returns: nothing `use` returns may keep a view
 * of it. A nested call, or more than 4 MB, gets an array of its own.
 *
 * @example
 * const cycles = withScratch(6 * n, (space) => tarjan(new Int32Block(space)));
 */
export function withScratch<T>(size: number, use: (space: Int32Array) => T): T {
  if (lent || size > KEPT_UP_TO) return use(new Int32Array(size));
  if (shared.length < size) shared = new Int32Array(Math.min(KEPT_UP_TO, Math.max(size, 2 * shared.length)));
  const space = shared.subarray(0, size);
  space.fill(0);
  lent = true;
  try {
    return use(space);
  } finally {
    lent = false;
  }
}

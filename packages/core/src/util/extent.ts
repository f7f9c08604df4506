/**
 * The least of `f` over the items (`Infinity` for none), in one loop: `Math.min(...list)` throws a RangeError on a
 * list of a few hundred thousand items, and a user's paste or file can be that long.
 *
 * @example
 * minOf(cards, (card) => card.x); // the leftmost x
 */
export function minOf<T>(items: Iterable<T>, f: (item: T) => number): number {
  let least = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const value = f(item);
    if (value < least) least = value;
  }
  return least;
}

/**
 * The greatest of `f` over the items (`-Infinity` for none), in one loop; see {@link minOf}.
 *
 * @example
 * maxOf(cards, (card) => card.x + card.width); // the right edge
 */
export function maxOf<T>(items: Iterable<T>, f: (item: T) => number): number {
  let most = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const value = f(item);
    if (value > most) most = value;
  }
  return most;
}

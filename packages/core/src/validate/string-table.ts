/**
 * A fixed-size hash table from strings to small numbers, for the few places
 * validation puts every id or title of a large document in a set. A `Map`
 * grows (and rehashes) as it fills and keeps every entry on the heap; this
 * table is sized once for its capacity, open-addressed in typed arrays (a
 * slot's key place and its full hash), and three to four times faster to fill
 * at 10,000 cards.
 *
 * Keys are compared with `===` by default; the hash ({@link hashString},
 * seeded per process) is only a way in. A table of titles compares them as people would,
 * through its own `equals`, filled with a hash of its own through
 * `addHashed` (keys it calls equal must hash alike). Not exported from the
 * package: a tool of the checks.
 *
 * @example
 * const table = new StringTable(ids.length);
 * for (let i = 0; i < ids.length; i++) if (table.add(ids[i], i) >= 0) duplicate(ids[i]);
 */
export class StringTable {
  /** The keys and their values in the order added; a slot holds a key's place here plus one (0: empty). */
  readonly #keys: string[];
  readonly #values: Int32Array;
  #count = 0;
  readonly #slots: Int32Array;
  /** The full hash of the key in each slot: a probe compares keys only where the hashes agree. */
  readonly #hashes: Int32Array;
  readonly #mask: number;
  /** Asked only when two keys that are not `===` hash alike (titles that differ in case or spacing). */
  readonly #equals: ((a: string, b: string) => boolean) | undefined;

  /**
   * A table for about `capacity` keys. Keys hash with {@link hashString}; a
   * table that compares keys otherwise (titles as people read them) is given
   * their `equals` and is filled through {@link addHashed} with a hash that
   * keys it calls equal share.
   */
  constructor(capacity: number, options: { equals?: (a: string, b: string) => boolean; storage?: Int32Array } = {}) {
    this.#equals = options.equals;
    const size = StringTable.slotsFor(capacity);
    // One allocation for the slots, their hashes and the values (a typed array of its own costs a few microseconds
    // to make, as much as filling a small table), or zeroed storage handed over (working space, or a part of the
    // index's block): the values are sized for as many keys as the table can hold, half its slots.
    const block = options.storage ?? new Int32Array(StringTable.storageFor(capacity));
    if (block.length < StringTable.storageFor(capacity)) throw new RangeError('StringTable storage is too small');
    this.#slots = block.subarray(0, size);
    this.#hashes = block.subarray(size, size * 2);
    this.#values = block.subarray(size * 2);
    this.#mask = size - 1;
    // Sized once for the keys expected (a list grows past that if need be).
    this.#keys = new Array<string>(capacity);
  }

  /** The slots of a table for `capacity` keys: a power of two, at least twice the keys. */
  static slotsFor(capacity: number): number {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    return size;
  }

  /** The zeroed entries a table for `capacity` keys needs as its `storage`. */
  static storageFor(capacity: number): number {
    const size = StringTable.slotsFor(capacity);
    return size * 2 + (size >> 1);
  }

  /** Empties the table for another use, keeping its size (cheaper than a new table for each of several small sets). */
  clear(): void {
    this.#slots.fill(0);
    this.#count = 0;
  }

  /** How many keys the table holds. */
  get size(): number {
    return this.#count;
  }

  /**
   * Adds `key` with `value` (a 32-bit integer) unless it is there: returns the
   * value it already had, or -1 when it was added.
   */
  add(key: string, value: number): number {
    return this.addHashed(key, hashString(key), value);
  }

  /**
   * {@link add} with the key's hash given (a signed 32-bit integer, `| 0`): for
   * a key that goes into several tables, hashed once, or for keys compared by
   * the table's own `equals`.
   */
  addHashed(key: string, hash: number, value: number): number {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const keys = this.#keys;
    const mask = this.#mask;
    let slot = hash & mask;
    for (;;) {
      const at = slots[slot]!;
      if (at === 0) {
        const count = this.#count;
        if (count >= this.#values.length) throw new RangeError('StringTable is full');
        keys[count] = key;
        this.#values[count] = value;
        this.#count = count + 1;
        slots[slot] = count + 1;
        hashes[slot] = hash;
        return -1;
      }
      if (hashes[slot] === hash && this.#same(keys[at - 1]!, key)) return this.#values[at - 1]!;
      slot = (slot + 1) & mask;
    }
  }

  /** The value of `key`, or -1 when the table does not hold it. */
  get(key: string): number {
    return this.getHashed(key, hashString(key));
  }

  /** {@link get} with the key's hash given (see {@link addHashed}). */
  getHashed(key: string, hash: number): number {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const mask = this.#mask;
    let slot = hash & mask;
    for (;;) {
      const at = slots[slot]!;
      if (at === 0) return -1;
      if (hashes[slot] === hash && this.#same(this.#keys[at - 1]!, key)) return this.#values[at - 1]!;
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the table holds `key`. */
  has(key: string): boolean {
    return this.get(key) >= 0;
  }

  #same(a: string, b: string): boolean {
    return a === b || (this.#equals !== undefined && this.#equals(a, b));
  }
}

/**
 * Where every hash of the checks starts in this process: drawn once at random,
 * so that nobody can write a plan whose ids or titles all hash alike (each new
 * key would then be compared with every earlier one: 10,000 titles made to
 * collide took validation 15 s). Hashes are never kept or sent, so each
 * process is free to draw its own.
 *
 * @example
 * hashString(id, HASH_SEED) === hashString(id);
 */
export const HASH_SEED = crypto.getRandomValues(new Int32Array(1))[0]!;

/**
 * FNV-1a over the string's UTF-16 code units taken two at a time (half the
 * multiplications of one at a time: ids are hashed tens of thousands of times
 * in a large plan), from `seed` ({@link HASH_SEED} unless a test gives one),
 * the state turned after each step so that a difference in its top bits cannot
 * stay there and be cancelled by a later character whatever the seed, then
 * mixed so that the second unit of each pair reaches the low bits a table's
 * mask keeps. A signed 32-bit integer (an unsigned one would leave the
 * small-integer range and be boxed on every call).
 *
 * @example
 * hashString('intervention-1') & mask;
 */
export function hashString(text: string, seed: number = HASH_SEED): number {
  let hash = seed;
  const length = text.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    hash = Math.imul(hash ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
    hash = (hash << 13) | (hash >>> 19);
  }
  if (i < length) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x7feb352d);
  return hash ^ (hash >>> 15);
}

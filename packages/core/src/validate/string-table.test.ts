import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashString, StringTable } from './string-table.js';

describe('StringTable', () => {
  it('keeps the first value of each key, like a Map filled with "set if absent"', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('toString', '__proto__', 'constructor'))), (keys) => {
        const table = new StringTable(keys.length);
        const map = new Map<string, number>();
        keys.forEach((key, i) => {
          expect(table.add(key, i)).toBe(map.get(key) ?? -1);
          if (!map.has(key)) map.set(key, i);
        });
        expect(table.size).toBe(map.size);
        for (const key of [...keys, 'absent', '']) expect(table.get(key)).toBe(map.get(key) ?? -1);
      }),
    );
  });
  it('is empty again after clear, and fills again as a new table would (values kept apart from the slots)', () => {
    const table = new StringTable(8);
    for (let i = 0; i < 8; i++) table.add(`kaart-${i}`, 100 + i);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get('kaart-3')).toBe(-1);
    for (let i = 0; i < 8; i++) expect(table.add(`doel-${i}`, i)).toBe(-1);
    for (let i = 0; i < 8; i++) expect(table.get(`doel-${i}`)).toBe(i);
    expect(table.add('doel-2', 99)).toBe(2);
  });
  it('finds a key added with its hash given, and compares keys by its own equals where the hashes agree', () => {
    const ids = new StringTable(4);
    expect(ids.addHashed('goal-1', hashString('goal-1'), 7)).toBe(-1);
    expect(ids.get('goal-1')).toBe(7);
    expect(ids.getHashed('goal-1', hashString('goal-1'))).toBe(7);
    const folded = new StringTable(4, { equals: (a, b) => a.toLowerCase() === b.toLowerCase() });
    const hash = (key: string) => hashString(key.toLowerCase());
    expect(folded.addHashed('Preventie', hash('Preventie'), 1)).toBe(-1);
    expect(folded.addHashed('PREVENTIE', hash('PREVENTIE'), 2)).toBe(1);
    expect(folded.addHashed('Nazorg', hash('Nazorg'), 3)).toBe(-1);
    expect(folded.size).toBe(2);
  });
  it('refuses to overfill instead of looping', () => {
    const table = new StringTable(1);
    for (let i = 0; i < 8; i++) table.add(`k${i}`, i);
    expect(() => {
      for (let i = 8; i < 64; i++) table.add(`k${i}`, i);
    }).toThrow(RangeError);
  });
  it('works in storage handed over (a part of a larger block), and refuses storage too small for its keys', () => {
    const block = new Int32Array(StringTable.storageFor(100) + 10).fill(0);
    const storage = block.subarray(5, 5 + StringTable.storageFor(100));
    const table = new StringTable(100, { storage });
    for (let i = 0; i < 100; i++) expect(table.add(`id-${i}`, i)).toBe(-1);
    expect(table.get('id-42')).toBe(42);
    expect(table.add('id-42', 0)).toBe(42);
    // Nothing written outside the part handed over.
    expect([...block.subarray(0, 5), ...block.subarray(5 + StringTable.storageFor(100))]).toEqual(new Array(10).fill(0));
    expect(() => new StringTable(100, { storage: new Int32Array(StringTable.storageFor(100) - 1) })).toThrow(RangeError);
  });
  it('spreads ids over the low bits a table keeps, also ids that differ only in the second of a pair of characters', () => {
    const lowBits = (keys: string[], bits: number) => new Set(keys.map((key) => hashString(key) & ((1 << bits) - 1))).size;
    const numbered = Array.from({ length: 10_000 }, (_, i) => `kaart-${String(i).padStart(4, '0')}`);
    // 10,000 random hashes fill about 8,650 of 32,768 slots.
    expect(lowBits(numbered, 15)).toBeGreaterThan(8_200);
    const secondOfPair = Array.from({ length: 1_000 }, (_, i) => `x${String.fromCharCode(0x30 + i)}`);
    // 1,000 random hashes fill about 632 of 1,024 slots; without mixing they would share one.
    expect(lowBits(secondOfPair, 10)).toBeGreaterThan(580);
  });
  it('starts every hash from the seed this process drew, unless a test gives one', () => {
    expect(Number.isInteger(HASH_SEED) && HASH_SEED === (HASH_SEED | 0)).toBe(true);
    expect(hashString('intervention-1')).toBe(hashString('intervention-1', HASH_SEED));
    expect(hashString('intervention-1', 1)).not.toBe(hashString('intervention-1', 2));
  });
});

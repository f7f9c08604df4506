import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringTable } from './string-table.js';

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
  it('refuses to overfill instead of looping', () => {
    const table = new StringTable(1);
    for (let i = 0; i < 8; i++) table.add(`k${i}`, i);
    expect(() => {
      for (let i = 8; i < 64; i++) table.add(`k${i}`, i);
    }).toThrow(RangeError);
  });
});

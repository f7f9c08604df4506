import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blank } from './blank.js';

describe('blank', () => {
  it('says what trimming says, for any text', () => {
    const piece = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', 'a', 'É', '!', '~', '\u0001');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        expect(blank(text)).toBe(text.trim() === '');
      }),
      { numRuns: 1000 },
    );
  });
});

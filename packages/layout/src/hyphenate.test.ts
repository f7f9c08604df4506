import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHyphenate, titleLines } from './hyphenate.js';

describe('titleLines', () => {
  it('breaks a long Dutch word between its syllables, never after any letter, and keeps every letter', async () => {
    const hyphenate = await loadHyphenate('nl');
    expect(hyphenate).toBeDefined();
    const lines = titleLines('Ervaringsdeskundigheidsbevordering in de wijk', 22, hyphenate);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(22);
    expect(lines[0]).toMatch(/-$/);
    expect(lines.join(' ').replaceAll('- ', '')).toBe('Ervaringsdeskundigheidsbevordering in de wijk');
    // Where the patterns say a syllable ends, not after any letter.
    const syllables = hyphenate!('Ervaringsdeskundigheidsbevordering').split('\u00ad');
    const ends = syllables.map((_, i) => syllables.slice(0, i + 1).join('').length);
    expect(ends).toContain(lines[0]!.slice(0, -1).length);
  });

  it('keeps every character of any title, in lines no longer than asked', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).map((text) => text.replaceAll('\u00ad', '')),
        fc.integer({ min: 4, max: 40 }),
        (text, chars) => {
          const lines = titleLines(text, chars);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(chars);
          const letters = (value: string) => value.replace(/[\s-]/g, '');
          expect(letters(lines.join(''))).toBe(letters(text));
        },
      ),
    );
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, run by `npm run generate`
import { FONT_FILES, fontDataSource, metricsSource } from '../scripts/generate-font.js';
import { fontFaceCss } from './font-face.js';
import { textWidth, wrapText } from './font.js';
import { loadHyphenate } from './hyphenate.js';

const require = createRequire(import.meta.url);
const open = (file: string) => fontkit.openSync(require.resolve(file)) as fontkit.Font;

const SAMPLES = [
  'Jongeren herkennen grensoverschrijdend gedrag en weten waar ze hulp vinden',
  'Ervaringsdeskundigheidsbevordering in de wijk',
  'Eenzaamheid onder ouderen neemt af',
  'INTERVENTIE · GGD, VEILIG THUIS, POLITIE',
  'Één café, coördinatie & zorg — 12 % (ë, ï, ü)',
];

describe('the pictures’ font', () => {
  it('is measured with the advance widths fontkit reads from the shipped files (run `npm run generate` when stale)', () => {
    expect(readFileSync(new URL('./font-metrics.generated.ts', import.meta.url), 'utf8')).toBe(metricsSource());
    expect(readFileSync(new URL('./font-data.generated.ts', import.meta.url), 'utf8')).toBe(fontDataSource());
  });

  it('gives each run the width the font sets it in, never less (kerning only narrows it)', () => {
    for (const [file, bold] of [
      [FONT_FILES.regular as string, false],
      [FONT_FILES.bold as string, true],
    ] as const) {
      const font = open(file);
      for (const text of SAMPLES) {
        const run = font.layout(text);
        const set = (run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * 14) / font.unitsPerEm;
        const measured = textWidth(text, { size: 14, bold });
        expect(measured).toBeGreaterThanOrEqual(set - 0.01);
        expect(measured).toBeLessThanOrEqual(set * 1.06);
      }
    }
  });

  it('reckons a character the font lacks a full em wide, and letter spacing per character', () => {
    expect(textWidth('漢', { size: 10 })).toBe(10);
    expect(textWidth('ab', { size: 10, letterSpacing: 0.5 })).toBeCloseTo(textWidth('ab', { size: 10 }) + 1);
    expect(textWidth('a\u00adb', { size: 10 })).toBe(textWidth('ab', { size: 10 }));
  });

  it('carries both faces as woff2 for files that must draw anywhere', () => {
    const css = fontFaceCss();
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain("font-family:'Noto Sans'");
    const data = [...css.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(data.map((bytes) => bytes.subarray(0, 4).toString('latin1'))).toEqual(['wOF2', 'wOF2']);
  });
});

describe('wrapText', () => {
  it('breaks a long Dutch word between its syllables, never after any letter, and keeps every letter', async () => {
    const hyphenate = await loadHyphenate('nl');
    expect(hyphenate).toBeDefined();
    const style = { size: 14 };
    const lines = wrapText('Ervaringsdeskundigheidsbevordering in de wijk', 160, style, hyphenate);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(160);
    expect(lines[0]).toMatch(/-$/);
    expect(lines.join(' ').replaceAll('- ', '')).toBe('Ervaringsdeskundigheidsbevordering in de wijk');
    // Where the patterns say a syllable ends, not after any letter.
    const syllables = hyphenate!('Ervaringsdeskundigheidsbevordering').split('\u00ad');
    const ends = syllables.map((_, i) => syllables.slice(0, i + 1).join('').length);
    expect(ends).toContain(lines[0]!.slice(0, -1).length);
  });

  it('fills a line as far as the font allows: narrow letters fit more than wide ones', () => {
    const style = { size: 14 };
    expect(wrapText('iiii iiii iiii iiii iiii iiii iiii', 200, style)).toHaveLength(1);
    expect(wrapText('MMMM MMMM MMMM MMMM MMMM MMMM MMMM', 200, style).length).toBeGreaterThan(2);
  });

  it('keeps every character of any text, in lines no wider than asked', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).map((text) => text.replaceAll('\u00ad', '')),
        fc.integer({ min: 30, max: 400 }),
        fc.boolean(),
        (text, width, bold) => {
          const style = { size: 14, bold };
          const lines = wrapText(text, width, style);
          for (const line of lines) if ([...line].length > 1) expect(textWidth(line, style)).toBeLessThanOrEqual(width);
          const letters = (value: string) => value.replace(/[\s-]/g, '');
          expect(letters(lines.join(''))).toBe(letters(text));
        },
      ),
    );
  });
});

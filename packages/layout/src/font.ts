import { BOLD_ADVANCES, FONT_FAMILY_NAME, REGULAR_ADVANCES, UNITS_PER_EM } from './font-metrics.generated.js';
import type { Hyphenate } from './hyphenate.js';

/**
 * The font every picture is drawn in: Noto Sans (shipped as `@fontsource/noto-sans`, SIL OFL), then fonts
 * with similar or wider letters should it be missing. Text is measured with the shipped font's own advance
 * widths (read from the font files by fontkit, see `scripts/generate-font.js`), so what the layout reserves
 * is what Noto Sans draws, in Node and in any browser.
 */
export const FONT_FAMILY = `'${FONT_FAMILY_NAME}', 'DejaVu Sans', Arial, sans-serif`;

/** How a run of text is set: its size in px (the picture's units), weight and added letter spacing. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  /** Extra space after every character, in px (the SVG `letter-spacing`). */
  readonly letterSpacing?: number;
}

/**
 * A character the shipped font does not hold is drawn by a fallback font: reckon it a full em wide, so that
 * what is reserved is never less than what is drawn.
 */
const FALLBACK_ADVANCE = UNITS_PER_EM;
const SOFT = '\u00ad';

/**
 * The width of `text` set in the pictures' font, in px: the sum of its characters' advances. The pictures are
 * drawn without kerning and ligatures (their SVG says so), so this is the width drawn; a ligature would also
 * leave its letters out of a PDF's text.
 *
 * @example
 * textWidth('Jongeren weten waar ze hulp vinden', { size: 14 }); // ≈ 240
 */
export function textWidth(text: string, style: TextStyle): number {
  const advances = style.bold ? BOLD_ADVANCES : REGULAR_ADVANCES;
  let units = 0;
  let count = 0;
  for (const char of text) {
    if (char === SOFT) continue;
    units += advances[char.codePointAt(0)!] ?? FALLBACK_ADVANCE;
    count++;
  }
  return (units * style.size) / UNITS_PER_EM + count * (style.letterSpacing ?? 0);
}

/**
 * A text in lines no wider than `width` px in the given style: broken between words, a word too wide for a
 * line between its syllables (with a hyphen; see `loadHyphenate`), or where it must when no syllable break
 * fits. Every character is kept: no line is cut short with an ellipsis.
 *
 * @example
 * wrapText('Ervaringsdeskundigheidsbevordering in de wijk', 160, { size: 14 }, hyphenate);
 * // ['Ervaringsdeskundig-', 'heidsbevordering in', 'de wijk']
 */
export function wrapText(text: string, width: number, style: TextStyle, hyphenate?: Hyphenate): string[] {
  const fits = (value: string) => textWidth(value, style) <= width;
  const words = (hyphenate ? hyphenate(text) : text).split(/\s+/).filter(Boolean);
  const plain = (word: string) => word.replaceAll(SOFT, '');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    for (;;) {
      const joined = line ? `${line} ${plain(word)}` : plain(word);
      if (fits(joined)) {
        line = joined;
        break;
      }
      // The longest head of the word, up to a syllable break, that fits beside the line with its hyphen.
      let cut = -1;
      for (let i = word.indexOf(SOFT); i > 0; i = word.indexOf(SOFT, i + 1)) {
        const head = `${plain(word.slice(0, i))}-`;
        if (fits(line ? `${line} ${head}` : head)) cut = i;
        else break;
      }
      if (cut > 0) {
        const head = `${plain(word.slice(0, cut))}-`;
        lines.push(line ? `${line} ${head}` : head);
        line = '';
        word = word.slice(cut + 1);
        continue;
      }
      if (line) {
        // Not even a syllable fits beside the words already on the line: the word starts the next one.
        lines.push(line);
        line = '';
        continue;
      }
      // A word with no syllable break that fits a whole line: broken where it must (at least one character a line).
      const chars = [...plain(word)];
      if (chars.length < 2) {
        line = chars.join('');
        break;
      }
      let at = 1;
      while (at < chars.length - 1 && fits(`${chars.slice(0, at + 1).join('')}-`)) at++;
      lines.push(`${chars.slice(0, at).join('')}-`);
      word = chars.slice(at).join('');
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The widest of some lines in a style, in px. */
export function linesWidth(lines: readonly string[], style: TextStyle): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, textWidth(line, style));
  return widest;
}

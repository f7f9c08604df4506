import type { Language } from '@veranderlogica/core';

/** Puts soft hyphens (U+00AD) between the syllables of a text's long words. */
export type Hyphenate = (text: string) => string;

/** Words shorter than this are never broken: they fit a card's line. */
const MIN_WORD_LENGTH = 10;

const loaded = new Map<Language, Promise<Hyphenate | undefined>>();

/**
 * A language's hyphenation (Liang's algorithm with TeX's patterns, from the
 * `hyphen` package), loaded once on first use. Resolves to `undefined` where
 * the patterns cannot be loaded: titles then break only between words, and a
 * word longer than a card's line where it must.
 *
 * @example
 * const hyphenate = await loadHyphenate('nl');
 */
export function loadHyphenate(language: Language): Promise<Hyphenate | undefined> {
  let pending = loaded.get(language);
  if (!pending) {
    const patterns = language === 'nl' ? import('hyphen/patterns/nl.js') : import('hyphen/patterns/en-gb.js');
    pending = Promise.all([import('hyphen/hyphen.js'), patterns]).then(
      ([hyphen, rules]) => hyphen.default(rules.default, { minWordLength: MIN_WORD_LENGTH }),
      () => undefined,
    );
    loaded.set(language, pending);
  }
  return pending;
}

const SOFT = '\u00ad';

/**
 * A title in lines of at most `chars` characters: broken between words, and a
 * word longer than a line between its syllables (with a hyphen), or where it
 * must when no syllable break fits. Every character of the title is kept: no
 * line is cut short with an ellipsis.
 *
 * @example
 * titleLines('Ervaringsdeskundigheidsbevordering in de wijk', 20, hyphenate);
 * // ['Ervaringsdeskundig-', 'heidsbevordering in', 'de wijk']
 */
export function titleLines(text: string, chars: number, hyphenate?: Hyphenate): string[] {
  const width = Math.max(4, chars);
  const words = (hyphenate ? hyphenate(text) : text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const plain = (word: string) => word.replaceAll(SOFT, '');
  for (let word of words) {
    for (;;) {
      const shown = plain(word);
      const room = line ? width - line.length - 1 : width;
      if (shown.length <= room) {
        line = line ? `${line} ${shown}` : shown;
        break;
      }
      // The longest head of the word, up to a syllable break, that fits the room with its hyphen.
      let cut = -1;
      let length = 0;
      for (let i = 0; i < word.length; i++) {
        if (word[i] === SOFT) {
          if (length + 1 <= room) cut = i;
        } else length++;
      }
      if (cut > 0) {
        const head = plain(word.slice(0, cut));
        lines.push(line ? `${line} ${head}-` : `${head}-`);
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
      // A word with no syllable break that fits a whole line: broken where it must.
      let taken = 0;
      let at = 0;
      while (at < word.length && taken < width - 1) {
        if (word[at] !== SOFT) taken++;
        at++;
      }
      lines.push(`${plain(word.slice(0, at))}-`);
      word = word.slice(at);
    }
  }
  if (line) lines.push(line);
  return lines;
}

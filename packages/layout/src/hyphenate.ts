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

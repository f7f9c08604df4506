import { languageInfo } from './format.js';
import type { Language } from './localized.js';

/**
 * Puts soft hyphens (U+00AD) between the syllables of a text's long words.
 *
 * @example
 * const hyphenate: Hyphenate = (text) => text;
 */
export type Hyphenate = (text: string) => string;

/**
 * The hyphenation patterns that can be loaded, by the name a language's catalogue gives (`self.hyphenation`), each
 * in a chunk of its own. A language whose patterns are not here wraps between words only.
 */
const PATTERNS: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  nl: () => import('hyphen/patterns/nl.js'),
  'en-gb': () => import('hyphen/patterns/en-gb.js'),
  'en-us': () => import('hyphen/patterns/en-us.js'),
  'de-1996': () => import('hyphen/patterns/de-1996.js'),
  fr: () => import('hyphen/patterns/fr.js'),
  es: () => import('hyphen/patterns/es.js'),
  pl: () => import('hyphen/patterns/pl.js'),
  tr: () => import('hyphen/patterns/tr.js'),
  uk: () => import('hyphen/patterns/uk.js'),
};

/** Words shorter than this are never broken: they fit a card's line. */
const MIN_WORD_LENGTH = 10;

const loaded = new Map<Language, Promise<Hyphenate | undefined>>();

/**
 * A language's hyphenation (Liang's algorithm with TeX's patterns, from the `hyphen` package), loaded once on first
 * use, in a chunk of its own (Dutch is about 230 kB of patterns). Resolves to `undefined` where the patterns cannot be
 * loaded, or the language has none: titles then break only between words, and a word longer than a card's line where
 * it must.
 *
 * @example
 * const hyphenate = await loadHyphenate('nl');
 */
export function loadHyphenate(language: Language): Promise<Hyphenate | undefined> {
  let pending = loaded.get(language);
  if (!pending) {
    const patterns = PATTERNS[languageInfo(language).hyphenation];
    pending = patterns
      ? Promise.all([import('hyphen/hyphen.js'), patterns()]).then(
          ([hyphen, rules]) => hyphen.default(rules.default, { minWordLength: MIN_WORD_LENGTH }),
          () => undefined,
        )
      : Promise.resolve(undefined);
    loaded.set(language, pending);
  }
  return pending;
}

import { useSyncExternalStore } from 'react';
import { type Language, languageInfo } from '@veranderlogica/core';

type Hyphenate = (text: string) => string;

/**
 * The hyphenation patterns this package can load, by the name a language's catalogue gives (`self.hyphenation`), each
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

/** A language's patterns, or a refusal when this package has none for it. */
const patternsOf = (language: Language) =>
  PATTERNS[languageInfo(language).hyphenation]?.() ?? Promise.reject(new Error(`no hyphenation patterns for ${language}`));

/** Words shorter than this are never broken: they fit a card's line. */
const MIN_WORD_LENGTH = 10;

const hyphenators: Partial<Record<Language, Hyphenate>> = {};
const requested = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/**
 * Loads a language's hyphenation patterns (once, in a chunk of its own: Dutch is about 230 kB of patterns); resolves
 * when {@link hyphenated} uses them.
 *
 * @example
 * await loadHyphenation('nl');
 */
export function loadHyphenation(language: Language): Promise<void> {
  const pending = requested.get(language);
  if (pending) return pending;
  const patterns = patternsOf(language);
  const loading = Promise.all([import('hyphen/hyphen.js'), patterns]).then(
    ([hyphen, rules]) => {
      hyphenators[language] = hyphen.default(rules.default, { minWordLength: MIN_WORD_LENGTH });
      version++;
      for (const listener of listeners) listener();
    },
    // Without patterns titles still wrap between words, and a word longer than the card is cut where it must.
    () => {},
  );
  requested.set(language, loading);
  return loading;
}

/**
 * A text with soft hyphens (U+00AD) between the syllables of its long words, in the language's own rules, so a
 * browser breaks "Handelingsverlegenheid" as "Handelings-/verlegenheid" and not after any letter, whether or not it
 * has its own hyphenation dictionary (headless and kiosk browsers often have none). Without the patterns loaded
 * yet the text comes back unchanged.
 *
 * @example
 * hyphenated('Handelingsverlegenheid neemt af', 'nl'); // 'Han\u00ADde\u00ADlings\u00ADver\u00ADle\u00ADgen\u00ADheid neemt af'
 */
export function hyphenated(text: string, language: Language): string {
  const hyphenate = hyphenators[language];
  if (!hyphenate) {
    void loadHyphenation(language);
    return text;
  }
  return hyphenate(text);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * {@link hyphenated}, for a component: it renders again once the language's patterns have loaded.
 *
 * @example
 * const title = useHyphenated(node.title, document.language);
 */
export function useHyphenated(text: string, language: Language): string {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
  return hyphenated(text, language);
}

import { useSyncExternalStore } from 'react';
import { type Hyphenate, type Language, loadHyphenate } from '@veranderlogica/core';

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
  // Without patterns titles still wrap between words, and a word longer than the card is cut where it must.
  const loading = loadHyphenate(language).then((hyphenate) => {
    if (!hyphenate) return;
    hyphenators[language] = hyphenate;
    version++;
    for (const listener of listeners) listener();
  });
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

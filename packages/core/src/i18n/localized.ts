import { LANGUAGES, type Language } from '@veranderlogica/locales';

export { LANGUAGES, type Language } from '@veranderlogica/locales';

/**
 * A text in every supported language. Messages carry both so that a caller
 * can switch language without asking the core again.
 *
 * @example
 * const msg: Localized = bilingual('Doel', 'Goal');
 * msg[lang];
 */
export type Localized = { readonly [L in Language]: string };

/**
 * A text that is empty in every language: for a message's placeholder that has nothing to say in this case.
 *
 * @example
 * report(ids, { why: NO_TEXT });
 */
export const NO_TEXT: Localized = inEveryLanguage(() => '');

/**
 * Type guard for a language code coming from user input (CLI flag, URL, file).
 *
 * @example
 * const language = isLanguage(flag) ? flag : 'nl';
 */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * A text from its Dutch and its English, the English standing in for every other language: for a label written
 * outside the catalogues (a plug-in's kind, an undo label of your own, a test), so it still reads when a language
 * is added. The project's own texts are in the catalogues instead (lint refuses this call in its source).
 *
 * @example
 * const label = bilingual('verwijderen', 'delete');
 */
export function bilingual(dutch: string, english: string): Localized {
  return inEveryLanguage((language) => (language === LANGUAGES[0] ? dutch : english));
}

/**
 * A text in every language, each made by `text` for its language: for a text put together from parts that are
 * themselves in every language, so that no language is named in code.
 *
 * @example
 * const subtitle = inEveryLanguage((language) => cardSubtitle(node, document, language));
 */
export function inEveryLanguage(text: (language: Language) => string): Localized {
  return Object.fromEntries(LANGUAGES.map((language) => [language, text(language)])) as unknown as Localized;
}

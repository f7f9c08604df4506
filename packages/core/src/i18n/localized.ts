/**
 * Every language the project ships, in display order: the one place a language is named. A new one is added here
 * and gets a file beside each catalogue's `nl.ts`; the compiler then lists every text still missing.
 *
 * @example
 * LANGUAGES.includes('en'); // true
 */
export const LANGUAGES = ['nl', 'en'] as const;

/**
 * A language the UI, the messages and the exports speak. Dutch first.
 *
 * @example
 * const language: Language = 'nl';
 */
export type Language = (typeof LANGUAGES)[number];

/**
 * A text in every supported language. Messages carry both so that a caller
 * can switch language without asking the core again.
 *
 * @example
 * const msg: Localized = { nl: 'Doel', en: 'Goal' };
 * msg[lang];
 */
export type Localized = { readonly [L in Language]: string };

/**
 * A text that is empty in every language: for a message's placeholder that has nothing to say in this case.
 *
 * @example
 * report(ids, { why: NO_TEXT });
 */
export const NO_TEXT: Localized = Object.fromEntries(LANGUAGES.map((language) => [language, ''])) as unknown as Localized;

/**
 * Type guard for a language code coming from user input (CLI flag, URL, file).
 *
 * @example
 * const language = isLanguage(flag) ? flag : 'nl';
 */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

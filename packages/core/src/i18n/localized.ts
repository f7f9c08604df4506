/**
 * A language the UI, the messages and the exports speak. Dutch first.
 *
 * @example
 * const language: Language = 'nl';
 */
export type Language = 'nl' | 'en';

/**
 * Every language the project ships, in display order.
 *
 * @example
 * LANGUAGES.includes('en'); // true
 */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/**
 * A text in every supported language. Messages carry both so that a caller
 * can switch language without asking the core again.
 *
 * @example
 * const msg: Localized = { nl: 'Doel', en: 'Goal' };
 * msg[lang];
 */
export interface Localized {
  readonly nl: string;
  readonly en: string;
}

/**
 * Picks the text for a language.
 *
 * @example
 * t({ nl: 'Doel', en: 'Goal' }, 'en'); // 'Goal'
 */
export function t(text: Localized, language: Language): string {
  return text[language];
}

/**
 * Type guard for a language code coming from user input (CLI flag, URL, file).
 *
 * @example
 * const language = isLanguage(flag) ? flag : 'nl';
 */
export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

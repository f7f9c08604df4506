import type { LanguageCatalogue } from './catalogue.js';
import { en } from './en.js';
import { nl } from './nl/index.js';

export type { Catalogue, CatalogueOf, LanguageCatalogue } from './catalogue.js';

/**
 * Every language the project ships, each with every text of every package, in display order (the first is the
 * source, Dutch). The one place a language is named: a new one is its file beside `en.ts` and its line here; the
 * compiler lists every text that file still lacks.
 *
 * @example
 * CATALOGUES.en.core.i18n.format.locales; // 'en-GB'
 */
export const CATALOGUES = { nl, en } as const satisfies { readonly [language: string]: LanguageCatalogue };

/**
 * A language the UI, the messages and the exports speak. Dutch first.
 *
 * @example
 * const language: Language = 'nl';
 */
export type Language = keyof typeof CATALOGUES;

/**
 * Every language, in display order.
 *
 * @example
 * LANGUAGES.includes('en'); // true
 */
export const LANGUAGES = Object.keys(CATALOGUES) as readonly Language[] as readonly [Language, ...Language[]];

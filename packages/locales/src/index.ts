import type { LANGUAGES } from './languages.generated.js';

export type { Catalogue, CatalogueOf, LanguageCatalogue } from './catalogue.js';
export { CLI, CORE, LANGUAGES, LAYOUT, SERVER, UI, VIEWER } from './languages.generated.js';

/**
 * A language the UI, the messages and the exports speak: Dutch (the source) first, then every language that has a
 * file in this package's `src/` (listed by `npm run generate`).
 *
 * @example
 * const language: Language = 'nl';
 */
export type Language = (typeof LANGUAGES)[number];

/**
 * One package's part of the catalogue in every language: `CORE`, `LAYOUT`, `UI`, `VIEWER`, `SERVER`, `CLI`. Each
 * package imports only its own, so a web page that shows a plan does not carry the editor's or the CLI's texts.
 *
 * @example
 * const part: InEveryLanguage<LanguageCatalogue['viewer']> = VIEWER;
 */
export type InEveryLanguage<P> = { readonly [L in Language]: P };

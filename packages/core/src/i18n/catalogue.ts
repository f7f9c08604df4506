import type { Catalogue, InEveryLanguage } from '@veranderlogica/locales';
import { LANGUAGES, type Language, type Localized } from './localized.js';

export type { Catalogue, CatalogueOf, LanguageCatalogue } from '@veranderlogica/locales';

/**
 * The shape of catalogue `C` with every text in every language: what {@link localizedTable} gives.
 *
 * @example
 * const TEXTS = localizedTable(CORE, (core) => core.model);
 */
export type LocalizedTable<C> = { readonly [K in keyof C]: C[K] extends string ? Localized : LocalizedTable<C[K]> };

/**
 * A flat table of texts in one language, key by key.
 *
 * @example
 * const h = inLanguage(TEXTS.diffHeadings, 'en');
 * h.added; // 'Cards added'
 */
export function inLanguage<K extends string>(
  table: { readonly [key in K]: Localized },
  language: Language,
): { readonly [key in K]: string } {
  return Object.fromEntries(Object.entries<Localized>(table).map(([key, text]) => [key, text[language]])) as { [key in K]: string };
}

/**
 * One table of texts in every language, made from a package's part of every language's catalogue
 * (`@veranderlogica/locales`), or a concern inside it: what the code reads, while the words live in one file per
 * language.
 *
 * @example
 * const TEXT = localizedTable(CORE, (core) => core.model);
 * TEXT.kinds.goal.label.en; // 'Goal'
 */
export function localizedTable<P extends Catalogue, C extends Catalogue = P>(
  part: InEveryLanguage<P>,
  pick: (part: P) => C = (whole) => whole as unknown as C,
): LocalizedTable<C> {
  const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, pick(part[language])])) as {
    readonly [L in Language]: unknown;
  };
  const join = (parts: { readonly [L in Language]: unknown }): unknown => {
    const source = parts[LANGUAGES[0]];
    if (typeof source === 'string') return Object.fromEntries(LANGUAGES.map((language) => [language, parts[language]]));
    return Object.fromEntries(
      Object.keys(source as object).map((key) => [
        key,
        join(
          Object.fromEntries(LANGUAGES.map((language) => [language, (parts[language] as Record<string, unknown>)[key]])) as {
            [L in Language]: unknown;
          },
        ),
      ]),
    );
  };
  return join(catalogues) as LocalizedTable<C>;
}

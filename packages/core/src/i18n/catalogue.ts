import { LANGUAGES, type Language, type Localized } from './localized.js';

/**
 * A catalogue: the texts of one concern in one language, by key, or in groups of them. The Dutch one is the
 * source; every other language's is typed against it ({@link CatalogueOf}), so a missing text fails to compile.
 *
 * @example
 * const nl = { summary: 'Samenvatting', goal: { one: 'doel', many: 'doelen' } } as const satisfies Catalogue;
 */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/**
 * The shape of catalogue `C` with a text in another language at every place.
 *
 * @example
 * const en: CatalogueOf<typeof nl> = { summary: 'Summary', goal: { one: 'goal', many: 'goals' } };
 */
export type CatalogueOf<C> = { readonly [K in keyof C]: C[K] extends string ? string : CatalogueOf<C[K]> };

/**
 * The shape of catalogue `C` with every text in every language: what {@link localizedTable} gives.
 *
 * @example
 * const TEXTS: LocalizedTable<typeof nl> = localizedTable<typeof nl>({ nl, en });
 */
export type LocalizedTable<C> = { readonly [K in keyof C]: C[K] extends string ? Localized : LocalizedTable<C[K]> };

/**
 * One table of texts in every language, made from one catalogue per language: what the code reads, while the words
 * live in `locales/<language>.ts`, one file per language.
 *
 * @example
 * const TEXT = localizedTable<typeof nl>({ nl, en });
 * TEXT.goal.many.en; // 'goals'
 */
export function localizedTable<C extends Catalogue>(catalogues: { readonly [L in Language]: CatalogueOf<C> }): LocalizedTable<C> {
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

import type { Dutch } from './nl/index.js';

/**
 * A catalogue: texts by key, or in groups of them. The Dutch one is the source; every other language's is typed
 * against it ({@link CatalogueOf}), so a missing text fails to compile.
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
 * One language's every text, of every package: the shape of a language's file in this package's `src/` (`en.ts`),
 * one export per package, typed against the Dutch source in `nl/`.
 *
 * @example
 * export const viewer: LanguageCatalogue['viewer'] = { focus: 'Fokus', … };
 */
export type LanguageCatalogue = CatalogueOf<Dutch>;

import { LANGUAGES, type Language } from '@veranderlogica/core';
import { CATALOGUES, type LanguageCatalogue } from '@veranderlogica/locales';

/** A key of the interface's catalogue. */
export type MessageKey = keyof LanguageCatalogue['ui'];
/** The interface's texts in one language, by key. */
export type Messages = LanguageCatalogue['ui'];

/**
 * The interface's catalogue in every language: the `ui` part of each language's file in `@veranderlogica/locales`
 * (Dutch is the source; the others are typed against it). The pseudo-locale `qps` is made from the English one
 * (`pseudo.ts`).
 */
export const DICTIONARIES = Object.fromEntries(LANGUAGES.map((language) => [language, CATALOGUES[language].ui])) as {
  readonly [L in Language]: Messages;
};

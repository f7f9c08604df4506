import { UI, type LanguageCatalogue } from '@veranderlogica/locales';

/** A key of the interface's catalogue. */
export type MessageKey = keyof LanguageCatalogue['ui'];
/** The interface's texts in one language, by key. */
export type Messages = LanguageCatalogue['ui'];

/**
 * The interface's catalogue in every language: the `ui` part of each language's file in `@veranderlogica/locales`
 * (Dutch is the source; the others are typed against it). The pseudo-locale `qps` is made from the English one
 * (`pseudo.ts`).
 */
export const DICTIONARIES: { readonly [language in keyof typeof UI]: Messages } = UI;

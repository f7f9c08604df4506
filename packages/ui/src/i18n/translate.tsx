import { createContext, useContext, type ReactNode } from 'react';
import type { Language, Localized } from '@veranderlogica/core';
import { DICTIONARIES, type MessageKey } from './messages.js';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * A translator for one language: looks up the key and fills `{name}` placeholders.
 *
 * @example
 * createTranslator('nl')('palette.add', { kind: 'Doel' }); // 'Doel toevoegen'
 */
export function createTranslator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (values && name in values ? String(values[name]) : match));
}

/**
 * A dictionary text in both languages, for messages stored before the
 * language is known (status notices switch with the interface).
 *
 * @example
 * store.notify(localize('file.saved', { name }));
 */
export function localize(key: MessageKey, values?: Record<string, string | number>): Localized {
  return { nl: createTranslator('nl')(key, values), en: createTranslator('en')(key, values) };
}

const LanguageContext = createContext<Language>('nl');

/** Sets the interface language for everything below it. */
export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** The interface language and its translator. */
export function useTranslation(): { language: Language; t: Translate } {
  const language = useContext(LanguageContext);
  return { language, t: createTranslator(language) };
}

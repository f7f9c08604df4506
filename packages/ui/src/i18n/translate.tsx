import { createContext, useContext, type ReactNode } from 'react';
import { formatMessage, type Language, type Localized, type MessageParams } from '@veranderlogica/core';
import { DICTIONARIES, type MessageKey } from './messages.js';

export type Translate = (key: MessageKey, values?: MessageParams) => string;

/**
 * A translator for one language: looks up the key and fills its placeholders
 * with the core's message formatter (plurals, numbers and dates in the
 * language's own style).
 *
 * @example
 * createTranslator('nl')('palette.add', { kind: 'Doel' }); // 'Doel toevoegen'
 */
export function createTranslator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, values = {}) => formatMessage(dictionary[key], values, language);
}

/**
 * A dictionary text in both languages, for messages stored before the
 * language is known (status notices switch with the interface).
 *
 * @example
 * store.notify(localize('file.saved', { name }));
 */
export function localize(key: MessageKey, values?: MessageParams): Localized {
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

import { createContext, useContext, type ReactNode } from 'react';
import { formatMessage, inEveryLanguage, type Language, LANGUAGES, type Localized, type MessageParams } from '@veranderlogica/core';
import { DICTIONARIES, type MessageKey } from './messages.js';
import { pseudoLocalize } from './pseudo.js';

/**
 * The languages of the interface: the core's, and the pseudo-locale `qps` (`?lang=qps`), which shows the English
 * texts accented and lengthened to find what was not taken from a catalogue.
 */
export type InterfaceLanguage = Language | 'qps';

/**
 * The language after `language` in the project's list (the last is followed by the first): what a switch of the
 * interface language goes to.
 *
 * @example
 * nextLanguage('nl'); // 'en'
 */
export const nextLanguage = (language: Language): Language =>
  LANGUAGES[(LANGUAGES.indexOf(language) + 1) % LANGUAGES.length] ?? LANGUAGES[0];

/** The core's language an interface language reads the model's words in (the pseudo-locale reads English). */
export const coreLanguage = (language: InterfaceLanguage): Language => (language === 'qps' ? 'en' : language);

export type Translate = (key: MessageKey, values?: MessageParams) => string;

/**
 * A translator for one language: looks up the key and fills its placeholders
 * with the core's message formatter (plurals, numbers and dates in the
 * language's own style).
 *
 * @example
 * createTranslator('nl')('palette.add', { kind: 'Doel' }); // 'Doel toevoegen'
 */
export function createTranslator(language: InterfaceLanguage): Translate {
  if (language === 'qps') {
    const english = createTranslator('en');
    return (key, values) => pseudoLocalize(english(key, values));
  }
  const dictionary = DICTIONARIES[language];
  return (key, values = {}) => formatMessage(dictionary[key], values, language);
}

/**
 * A dictionary text in every language, for messages stored before the
 * language is known (status notices switch with the interface).
 *
 * @example
 * store.notify(localize('file.saved', { name }));
 * localize('command.addKind', (language) => ({ kind: NODE_KINDS.labels.goal[language] })); // placeholders per language
 */
export function localize(key: MessageKey, values?: MessageParams | ((language: Language) => MessageParams)): Localized {
  const fill = (language: Language) => (typeof values === 'function' ? values(language) : values);
  return inEveryLanguage((language) => createTranslator(language)(key, fill(language)));
}

const LanguageContext = createContext<InterfaceLanguage>(LANGUAGES[0]);

/** Sets the interface language for everything below it (`qps`: the pseudo-locale). */
export function LanguageProvider({ language, children }: { language: InterfaceLanguage; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/**
 * The interface language and its translator: `t` for the interface's own texts, `l` for a text of the model in
 * both languages (a kind's label, a check's message), and `language` for the core's formatters.
 */
export function useTranslation(): {
  language: Language;
  /** The language the interface was asked to speak: a core language, or the pseudo-locale. */
  interfaceLanguage: InterfaceLanguage;
  t: Translate;
  l: (text: Localized) => string;
  lMaybe: (text: Localized | undefined) => string | undefined;
} {
  const chosen = useContext(LanguageContext);
  const language = coreLanguage(chosen);
  const l = chosen === 'qps' ? (text: Localized) => pseudoLocalize(text.en) : (text: Localized) => text[language];
  return {
    language,
    interfaceLanguage: chosen,
    t: createTranslator(chosen),
    l,
    lMaybe: (text) => (text === undefined ? undefined : l(text)),
  };
}

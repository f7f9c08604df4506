import { formatMessage, type Language, type MessageParams } from '@veranderlogica/core';
import { TEXTS } from './locales/index.js';

/** Every text the CLI prints, in both languages. */
export const MESSAGES = TEXTS.messages;

/**
 * One of the CLI's messages in a language, its placeholders filled by the
 * core's message formatter (the same as for findings and the editor).
 *
 * @example
 * say('invalid', { file: 'plan.json', count: 2 }, 'nl'); // 'plan.json: 2 fouten'
 */
export function say(key: keyof typeof MESSAGES, params: MessageParams, language: Language): string {
  return formatMessage(MESSAGES[key][language], params, language);
}

/** The names of arguments and option values in the help (`<bestand>`, `--format <formaat>`). */
export const TERMS = TEXTS.terms;

/**
 * A name in the help, in a language.
 *
 * @example
 * `<${term('file', 'nl')}>`; // '<bestand>'
 */
export function term(key: keyof typeof TERMS, language: Language): string {
  return TERMS[key][language];
}

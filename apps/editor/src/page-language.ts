import { isLanguage, LANGUAGES, type Language } from '@veranderlogica/core';
import type { InterfaceLanguage } from '@veranderlogica/ui';
import { LANGUAGE_KEY } from './language-key.js';

/**
 * The interface language a page starts in: `?lang=` in the address wins, then the last choice in this browser, then
 * Dutch.
 *
 * @example
 * new EditorStore(document, startLanguage());
 */
export function startLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(LANGUAGE_KEY);
  if (isLanguage(asked)) return asked;
  return asked === 'qps' ? 'en' : LANGUAGES[0];
}

/**
 * `?lang=qps`: the pseudo-locale, every catalogue text accented and lengthened (on English), to find text that was
 * written into the interface instead of taken from a catalogue, and text that a longer language will not fit.
 */
export const pseudo = (): boolean => new URLSearchParams(location.search).get('lang') === 'qps';

/**
 * The language the interface shows: the start language, or the pseudo-locale.
 *
 * @example
 * <ParticipantApp start={interfaceLanguage()} />
 */
export const interfaceLanguage = (): InterfaceLanguage => (pseudo() ? 'qps' : startLanguage());

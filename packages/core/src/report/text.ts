import { localizedTable } from '../i18n/catalogue.js';
import { en } from './locales/en.js';
import { nl } from './locales/nl.js';

/** Fixed texts of the report, in both languages. */
export const REPORT_TEXT = localizedTable<typeof nl>({ nl, en });

/** Joins words as "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], language: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${REPORT_TEXT.and[language]} ${items.at(-1)}`;
}

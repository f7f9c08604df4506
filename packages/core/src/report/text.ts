import { localizedTable } from '../i18n/catalogue.js';
import { CORE } from '@veranderlogica/locales';
import type { Language, Localized } from '../i18n/localized.js';

/** Fixed texts of the report, in both languages. */
export const REPORT_TEXT = localizedTable(CORE, (core) => core.report);

/** A table's column headings in one language, in the catalogue's order. */
export function columnHeadings(columns: Readonly<Record<string, Localized>>, language: Language): string[] {
  return Object.values(columns).map((column) => column[language]);
}

/** Joins words as "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${REPORT_TEXT.and[language]} ${items.at(-1)}`;
}

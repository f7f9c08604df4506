import { localizedTable } from '@veranderlogica/core';
import { LAYOUT } from '@veranderlogica/locales';

/** The pictures' texts in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(LAYOUT);

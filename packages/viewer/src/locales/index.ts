import { localizedTable } from '@veranderlogica/core';
import { VIEWER } from '@veranderlogica/locales';

/** The viewer's texts in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(VIEWER);

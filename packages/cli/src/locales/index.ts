import { localizedTable } from '@veranderlogica/core';
import { CLI } from '@veranderlogica/locales';

/** The command line's texts in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(CLI);

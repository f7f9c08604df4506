import { localizedTable } from '@veranderlogica/core';

/** The command line's texts in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable((catalogue) => catalogue.cli);

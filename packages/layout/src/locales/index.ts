import { localizedTable } from '@veranderlogica/core';

/** The pictures' texts in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable((catalogue) => catalogue.layout);

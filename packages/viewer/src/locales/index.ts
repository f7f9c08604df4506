import { localizedTable } from '@veranderlogica/core';

/** The viewer's texts in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable((catalogue) => catalogue.viewer);

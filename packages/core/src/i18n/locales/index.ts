import { localizedTable } from '../catalogue.js';

/** The language's own basics: its Intl locale and words every message may use in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable((catalogue) => catalogue.core.i18n);

import { localizedTable } from '../../i18n/catalogue.js';

/** Texts of review and adoption in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable((catalogue) => catalogue.core.review);

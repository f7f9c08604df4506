import { localizedTable } from '../../i18n/catalogue.js';

/** Texts of the analyses in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable((catalogue) => catalogue.core.analysis);

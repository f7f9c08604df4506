import { localizedTable } from '../../i18n/catalogue.js';

/** The subject packs' words in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable((catalogue) => catalogue.core.topics);

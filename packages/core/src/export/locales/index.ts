import { localizedTable } from '../../i18n/catalogue.js';
import { CORE } from '@veranderlogica/locales';

/** Texts of the exports in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(CORE, (core) => core.export);

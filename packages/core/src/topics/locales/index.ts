import { localizedTable } from '../../i18n/catalogue.js';
import { CORE } from '@veranderlogica/locales';

/** The subject packs' words in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(CORE, (core) => core.topics);

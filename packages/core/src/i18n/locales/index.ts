import { localizedTable } from '../catalogue.js';
import { CORE } from '@veranderlogica/locales';

/** The language's own basics: its Intl locale and words every message may use in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(CORE, (core) => core.i18n);

import type { CatalogueOf } from '../catalogue.js';
import type { nl } from './nl.js';

/** The language's own basics: its Intl locale and words every message may use in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  format: {
    locales: 'en-GB',
    untitled: '(untitled)',
  },
};

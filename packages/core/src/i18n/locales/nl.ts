import type { Catalogue } from '../catalogue.js';

/** The language's own basics: its Intl locale and words every message may use in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const nl = {
  format: {
    locales: 'nl-NL',
    untitled: '(zonder titel)',
  },
} as const satisfies Catalogue;

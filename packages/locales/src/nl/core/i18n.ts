import type { Catalogue } from '../../catalogue.js';

/** The language's own basics: its Intl locale and words every message may use in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const language = {
  self: {
    name: 'Nederlands',
    switchTo: 'Zet de interface in het Nederlands',
    hyphenation: 'nl',
  },
  format: {
    locales: 'nl-NL',
    untitled: '(zonder titel)',
    notANumber: 'geen getal',
    infinity: 'oneindig',
    minusInfinity: 'min oneindig',
    percent: '{number} %',
    yes: 'ja',
    no: 'nee',
    lineColumn: 'regel {line}, kolom {column}',
  },
} as const satisfies Catalogue;

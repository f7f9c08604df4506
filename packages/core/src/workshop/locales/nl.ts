import type { Catalogue } from '../../i18n/catalogue.js';

/** Texts of the workshop's flow in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const nl = {
  steps: {
    missingUnsourced: '{count, plural, one {# feit} other {# feiten}} zonder bron.',
    missingWithoutPartner: '{count, plural, one {# interventie} other {# interventies}} zonder partner, zoals {node}.',
    missingWithoutMechanism: '{count, plural, one {# interventie} other {# interventies}} zonder werkzaam mechanisme, zoals {node}.',
    missingEmptyAreas: 'Witte vlek: geen interventie in {areas}.',
    missingLooseEnds: 'En nog {count, plural, one {# ander los eind} other {# andere losse einden}}.',
    missingMoreLikeIt: '{first, raw} (en {count, plural, one {# vergelijkbare} other {# vergelijkbare}})',
  },
} as const satisfies Catalogue;

import type { CatalogueOf } from '../../i18n/catalogue.js';
import type { nl } from './nl.js';

/** Texts of the workshop's flow in English, by section and key. */
export const en: CatalogueOf<typeof nl> = {
  steps: {
    missingUnsourced: '{count, plural, one {# fact} other {# facts}} without a source.',
    missingWithoutPartner: '{count, plural, one {# intervention} other {# interventions}} without a partner, such as {node}.',
    missingWithoutMechanism: '{count, plural, one {# intervention} other {# interventions}} without a working mechanism, such as {node}.',
    missingEmptyAreas: 'Gap: no intervention in {areas}.',
    missingLooseEnds: 'And {count, plural, one {# more loose end} other {# more loose ends}}.',
    missingMoreLikeIt: '{first, raw} (and {count, plural, one {# more like it} other {# more like it}})',
  },
};

import type { Localized } from '../../i18n/localized.js';
import { en } from './en.js';
import { nl, type RuleTextCatalogue } from './nl.js';

/** Every catalogue of the checks' texts, one file per language. */
const CATALOGUES = { nl, en } as const satisfies Record<string, RuleTextCatalogue>;

type Code = keyof typeof nl;

/**
 * A rule's texts in every language, by its code: what the rule asks and what a finding says. The rules read them
 * here, so their modules hold the check and not the words.
 *
 * @example
 * RULE_TEXTS['self-loop'].description.nl; // 'Een kaart wijst niet naar zichzelf.'
 */
export const RULE_TEXTS = Object.fromEntries(
  (Object.keys(nl) as Code[]).map((code) => [
    code,
    {
      description: { nl: CATALOGUES.nl[code].description, en: CATALOGUES.en[code].description },
      message: { nl: CATALOGUES.nl[code].message, en: CATALOGUES.en[code].message },
    },
  ]),
) as Record<Code, { readonly description: Localized; readonly message: Localized }>;

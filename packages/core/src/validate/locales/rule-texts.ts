import { localizedTable } from '../../i18n/catalogue.js';
import { CORE } from '@veranderlogica/locales';
import type { Localized } from '../../i18n/localized.js';

/** The checks' texts in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(CORE, (core) => core.validate);

/**
 * A rule's texts in every language, by its code: what the rule asks and what a finding says. The rules read them
 * here, so their modules hold the check and not the words.
 *
 * @example
 * RULE_TEXTS['self-loop'].description.nl; // 'Een kaart wijst niet naar zichzelf.'
 */
export const RULE_TEXTS: Readonly<Record<keyof typeof TEXTS.rules, { readonly description: Localized; readonly message: Localized }>> =
  TEXTS.rules;

import { localizedTable } from '../../i18n/catalogue.js';
import type { Localized } from '../../i18n/localized.js';
import { en } from './en.js';
import { nl } from './nl.js';

/** The checks' texts in every language, from one catalogue per language in this folder. */
export const TEXTS = localizedTable<typeof nl>({ nl, en });

/**
 * A rule's texts in every language, by its code: what the rule asks and what a finding says. The rules read them
 * here, so their modules hold the check and not the words.
 *
 * @example
 * RULE_TEXTS['self-loop'].description.nl; // 'Een kaart wijst niet naar zichzelf.'
 */
export const RULE_TEXTS: Readonly<Record<keyof typeof nl.rules, { readonly description: Localized; readonly message: Localized }>> =
  TEXTS.rules;

import { localizeMessage, renderMessage } from '../i18n/format.js';
import { inEveryLanguage, type Language, type Localized } from '../i18n/localized.js';
import type { Finding, FindingCode } from './finding.js';
import type { Rule } from './rule.js';
import { CHECK_FAILED, RULES } from './validate.js';

const byCode = new Map<FindingCode, Pick<Rule, 'message'>>([
  ...RULES.map((rule): [FindingCode, Rule] => [rule.code, rule]),
  ['check-failed', { message: CHECK_FAILED }],
]);

/**
 * A finding's message in one language: the rule's message filled with the
 * finding's params by the one message formatter. Cards are named by their
 * titles; numbers, dates and plurals follow the language.
 *
 * @example
 * for (const finding of validate(document)) console.log(formatFinding(finding, 'nl'));
 */
export function formatFinding(finding: Finding, language: Language): string {
  const rule = byCode.get(finding.code);
  if (!rule) return finding.code;
  return renderMessage(rule.message, finding.params, language);
}

/**
 * A finding's message in every language, for texts kept before the language is known.
 *
 * @example
 * const text = localizeFinding(finding); // { nl: 'Doel … heeft geen indicator.', en: 'Goal … has no indicator.', … }
 */
export function localizeFinding(finding: Finding): Localized {
  const rule = byCode.get(finding.code);
  return rule ? localizeMessage(rule.message, finding.params) : inEveryLanguage(() => finding.code);
}

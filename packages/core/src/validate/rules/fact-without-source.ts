import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { defineRule } from '../rule.js';

export const factWithoutSource = defineRule(
  'fact-without-source',
  'warning',
  RULE_TEXTS['fact-without-source'].description,
  defineMessage<{ fact: { title: string }; number: number }>(RULE_TEXTS['fact-without-source'].message),
  ({ document }, report) =>
    document.context.facts.flatMap((fact, i) =>
      fact.source.trim() === '' && !fact.link ? [report([fact.id], { fact: { title: shorten(fact.statement) }, number: i + 1 })] : [],
    ),
);

/** The start of a long statement, to recognise it by. */
function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}

import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import type { Finding } from '../finding.js';
import type { NodeRef } from '../graph-index.js';
import type { NodeOfKind } from '../../model/schema.js';
import { defineRule } from '../rule.js';

/** Why a target date does not fit: before the baseline, or outside the plan's period. */
type Reason = 'before-baseline' | 'outside-period';

export const targetDate = defineRule(
  'target-date',
  'warning',
  RULE_TEXTS['target-date'].description,
  defineMessage<{ node: NodeRef; date: string; baseline: string; start: number; end: number; reason: Reason }>(
    RULE_TEXTS['target-date'].message,
  ),
  (index, report) => {
    const period = index.document.scope.period;
    const findings: Finding[] = [];
    const indicators = index.nodesOfKind('indicator') as readonly NodeOfKind<'indicator'>[];
    for (let i = 0; i < indicators.length; i++) {
      const node = indicators[i]!;
      for (let t = 0; t < node.targets.length; t++) {
        const target = node.targets[t]!;
        // The params are made only for a target that does not fit (most fit).
        let reason: Reason | undefined;
        if (node.baseline && target.date < node.baseline.date) reason = 'before-baseline';
        else if (period) {
          const year = Number(target.date.slice(0, 4));
          if (year < period.start || year > period.end) reason = 'outside-period';
        }
        if (reason === undefined) continue;
        findings.push(
          report([node.id], {
            node: { title: node.title },
            date: target.date,
            baseline: node.baseline?.date ?? '',
            start: period?.start ?? 0,
            end: period?.end ?? 0,
            reason,
          }),
        );
      }
    }
    return findings;
  },
);

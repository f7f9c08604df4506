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
  {
    nl: 'Een streefwaarde ligt na de nulmeting en binnen de looptijd van het plan.',
    en: 'A target lies after the baseline and within the plan period.',
  },
  defineMessage<{ node: NodeRef; date: string; baseline: string; start: number; end: number; reason: Reason }>({
    nl: '{reason, select, before-baseline {De streefwaarde van {node} op {date, date} ligt vóór de nulmeting ({baseline, date}).} other {De streefwaarde van {node} op {date, date} ligt buiten de looptijd van het plan ({start, raw}–{end, raw}).}}',
    en: '{reason, select, before-baseline {The target of {node} on {date, date} lies before its baseline ({baseline, date}).} other {The target of {node} on {date, date} lies outside the plan period ({start, raw}–{end, raw}).}}',
  }),
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

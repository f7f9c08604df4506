import { defineMessage } from '../../i18n/format.js';
import type { Finding } from '../finding.js';
import type { NodeRef } from '../graph-index.js';
import type { NodeOfKind } from '../../model/schema.js';
import { defineNodeRule, defineRule } from '../rule.js';

/**
 * A direction the baseline and the last target contradict: "higher is better" towards a target below the
 * baseline, or "lower is better" towards one above it. Progress would then be judged the wrong way round (a
 * falling indicator that is ahead reported as behind).
 */
export const indicatorDirectionContradicts = defineRule(
  'indicator-direction-contradicts',
  'warning',
  {
    nl: 'De richting van een indicator past bij de weg van nulmeting naar streefwaarde.',
    en: "An indicator's direction matches the way from its baseline to its target.",
  },
  defineMessage<{ node: NodeRef; direction: 'increase' | 'decrease'; baseline: number; target: number }>({
    nl: '{direction, select, increase {Bij {node} staat "hoger is beter", maar de streefwaarde ({target}) ligt onder de nulmeting ({baseline}): is lager beter?} other {Bij {node} staat "lager is beter", maar de streefwaarde ({target}) ligt boven de nulmeting ({baseline}): is hoger beter?}}',
    en: '{direction, select, increase {{node} says "higher is better", but its target ({target}) lies below its baseline ({baseline}): is lower better?} other {{node} says "lower is better", but its target ({target}) lies above its baseline ({baseline}): is higher better?}}',
  }),
  (index, report) => {
    const findings: Finding[] = [];
    for (const node of index.nodesOfKind('indicator') as readonly NodeOfKind<'indicator'>[]) {
      const { direction, baseline } = node;
      if (!baseline || (direction !== 'increase' && direction !== 'decrease') || node.targets.length === 0) continue;
      // The last target is where the indicator should end up.
      const target = node.targets.reduce((last, next) => (next.date >= last.date ? next : last));
      const wrong = direction === 'increase' ? target.value < baseline.value : target.value > baseline.value;
      if (wrong) {
        findings.push(report([node.id], { node: { title: node.title }, direction, baseline: baseline.value, target: target.value }));
      }
    }
    return findings;
  },
);

/** An indicator whose direction is not known (a plan migrated from format 1 without a target): progress cannot be judged. */
export const indicatorDirectionUnknown = defineNodeRule(
  'indicator-direction-unknown',
  'warning',
  { nl: 'Van elke indicator is bekend of hoger of lager beter is.', en: 'Every indicator says whether higher or lower is better.' },
  'indicator',
  (node) => node.direction === 'unknown',
  defineMessage({
    nl: 'Van {node} is niet bekend of hoger of lager beter is; kies de richting, anders wordt de voortgang niet beoordeeld.',
    en: 'For {node} it is not known whether higher or lower is better; choose a direction, or progress is not judged.',
  }),
);

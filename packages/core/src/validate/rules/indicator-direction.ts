import { RULE_TEXTS } from '../locales/rule-texts.js';
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
  RULE_TEXTS['indicator-direction-contradicts'].description,
  defineMessage<{ node: NodeRef; direction: 'increase' | 'decrease'; baseline: number; target: number }>(
    RULE_TEXTS['indicator-direction-contradicts'].message,
  ),
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
  RULE_TEXTS['indicator-direction-unknown'].description,
  'indicator',
  (node) => node.direction === 'unknown',
  defineMessage(RULE_TEXTS['indicator-direction-unknown'].message),
);

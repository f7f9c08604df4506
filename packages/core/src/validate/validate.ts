import type { Document } from '../model/schema.js';
import type { Finding, Severity } from './finding.js';
import { indexDocument } from './graph-index.js';
import type { Rule } from './rule.js';
import { causalCycle } from './rules/causal-cycle.js';
import { danglingEdge } from './rules/dangling-edge.js';
import { duplicateId } from './rules/duplicate-id.js';
import { emptyTitle } from './rules/empty-title.js';
import { forbiddenConnection } from './rules/forbidden-connection.js';
import { goalLevelOrder } from './rules/goal-level-order.js';
import { indicatorMeasuresNothing, indicatorWithoutSource, indicatorWithoutTarget } from './rules/indicator-incomplete.js';
import { indicatorDirectionContradicts, indicatorDirectionUnknown } from './rules/indicator-direction.js';
import { interventionWithoutGoal } from './rules/intervention-without-goal.js';
import { interventionWithoutPartner } from './rules/intervention-without-partner.js';
import { missingMechanism } from './rules/missing-mechanism.js';
import { selfLoop } from './rules/self-loop.js';
import { unknownReference } from './rules/unknown-reference.js';
import { unreachedGoal } from './rules/unreached-goal.js';
import { goalWithoutIndicator, outcomeWithoutIndicator } from './rules/without-indicator.js';
import { accountabilityInverted } from './rules/accountability-inverted.js';
import { assumptionUnderliesNothing } from './rules/assumption-underlies-nothing.js';
import { duplicateConnection } from './rules/duplicate-connection.js';
import { duplicateTitle } from './rules/duplicate-title.js';
import { factWithoutSource } from './rules/fact-without-source.js';
import { horizonReversed } from './rules/horizon-reversed.js';
import { isolatedMechanism } from './rules/isolated-mechanism.js';
import { outcomeWithoutCause } from './rules/outcome-without-cause.js';
import { targetDate } from './rules/target-date.js';
import { unknownVote } from './rules/unknown-vote.js';
import { chainWithoutRationale, goalOnLowConfidence, interventionWithoutEvidence } from './rules/evidence.js';
import { defineMessage } from '../i18n/format.js';
import { TEXTS } from './locales/rule-texts.js';

/**
 * Every rule, errors first.
 *
 * @example
 * RULES.map((rule) => rule.code); // every check, in the order validate runs them
 */
export const RULES: readonly Rule[] = [
  duplicateId,
  danglingEdge,
  forbiddenConnection,
  selfLoop,
  causalCycle,
  unknownReference,
  emptyTitle,
  interventionWithoutGoal,
  unreachedGoal,
  missingMechanism,
  goalLevelOrder,
  goalWithoutIndicator,
  outcomeWithoutIndicator,
  indicatorWithoutTarget,
  indicatorWithoutSource,
  indicatorMeasuresNothing,
  indicatorDirectionContradicts,
  indicatorDirectionUnknown,
  interventionWithoutPartner,
  duplicateConnection,
  targetDate,
  isolatedMechanism,
  outcomeWithoutCause,
  assumptionUnderliesNothing,
  unknownVote,
  accountabilityInverted,
  horizonReversed,
  factWithoutSource,
  duplicateTitle,
  goalOnLowConfidence,
  chainWithoutRationale,
  interventionWithoutEvidence,
];

/** The message of the finding that says a rule itself failed (a bug, never the user's doing). */
export const CHECK_FAILED = defineMessage<{ rule: string; error: string }>(TEXTS.checkFailed);

/**
 * Checks a parsed document beyond its shape: references, allowed
 * connections, cycles, and whether the logic is complete (every intervention
 * reaches a goal, goals are measured, …). Findings come sorted by severity.
 * Never throws.
 *
 * @example
 * const findings = validate(document);
 * const errors = findings.filter((f) => f.severity === 'error');
 */
export function validate(document: Document, rules: readonly Rule[] = RULES): Finding[] {
  const index = indexDocument(document);
  // One list per severity, in rule order: errors first, without sorting thousands of findings.
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const rule of rules) {
    try {
      const findings = rule.check(index);
      for (let i = 0; i < findings.length; i++) bySeverity[findings[i]!.severity].push(findings[i]!);
    } catch (error) {
      // A rule must not take validation down; say that it failed instead.
      bySeverity.error.push({
        code: 'check-failed',
        severity: 'error',
        ids: [],
        params: { rule: rule.code, error: String(error).slice(0, 200) },
      });
    }
  }
  return bySeverity.error.concat(bySeverity.warning, bySeverity.info);
}

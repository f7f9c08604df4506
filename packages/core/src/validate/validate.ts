import type { Document } from '../model/schema.js';
import { SEVERITY_ORDER, type Finding } from './finding.js';
import { indexDocument } from './graph-index.js';
import type { Rule } from './rule.js';
import { causalCycle } from './rules/causal-cycle.js';
import { danglingEdge } from './rules/dangling-edge.js';
import { duplicateId } from './rules/duplicate-id.js';
import { emptyTitle } from './rules/empty-title.js';
import { forbiddenConnection } from './rules/forbidden-connection.js';
import { goalLevelOrder } from './rules/goal-level-order.js';
import { indicatorMeasuresNothing, indicatorWithoutSource, indicatorWithoutTarget } from './rules/indicator-incomplete.js';
import { interventionWithoutGoal } from './rules/intervention-without-goal.js';
import { interventionWithoutPartner } from './rules/intervention-without-partner.js';
import { missingMechanism } from './rules/missing-mechanism.js';
import { selfLoop } from './rules/self-loop.js';
import { unknownReference } from './rules/unknown-reference.js';
import { unreachedGoal } from './rules/unreached-goal.js';
import { goalWithoutIndicator, outcomeWithoutIndicator } from './rules/without-indicator.js';

/** Every rule, errors first. */
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
  interventionWithoutPartner,
];

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
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      for (const finding of rule.check(index)) findings.push(finding);
    } catch (error) {
      // A rule must not take validation down; say that it failed instead.
      findings.push({
        code: rule.code,
        severity: 'error',
        ids: [],
        message: { nl: `Controle "${rule.code}" mislukte: ${String(error)}`, en: `Check "${rule.code}" failed: ${String(error)}` },
      });
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

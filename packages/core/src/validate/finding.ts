import type { MessageParams } from '../i18n/format.js';
import type { Localized } from '../i18n/localized.js';
import { TEXTS } from './locales/rule-texts.js';

/**
 * How serious a finding is: an error makes the plan unusable, a warning weakens it, a tip may improve it.
 *
 * @example
 * const errors = validate(document).filter((finding) => finding.severity === ('error' satisfies Severity));
 */
export type Severity = 'error' | 'warning' | 'info';

/** Stable codes of validation findings; tools may rely on them. */
export type FindingCode =
  | 'duplicate-id'
  | 'dangling-edge'
  | 'forbidden-connection'
  | 'self-loop'
  | 'causal-cycle'
  | 'unknown-reference'
  | 'empty-title'
  | 'intervention-without-goal'
  | 'unreached-goal'
  | 'missing-mechanism'
  | 'goal-without-indicator'
  | 'outcome-without-indicator'
  | 'indicator-without-target'
  | 'indicator-without-source'
  | 'intervention-without-partner'
  | 'goal-level-order'
  | 'indicator-measures-nothing'
  | 'duplicate-connection'
  | 'target-date'
  | 'isolated-mechanism'
  | 'outcome-without-cause'
  | 'assumption-underlies-nothing'
  | 'unknown-vote'
  | 'accountability-inverted'
  | 'horizon-reversed'
  | 'fact-without-source'
  | 'duplicate-title'
  | 'indicator-direction-contradicts'
  | 'indicator-direction-unknown'
  | 'chain-without-rationale'
  | 'intervention-without-evidence'
  | 'goal-on-low-confidence'
  /** A rule itself failed: a bug in the checks, reported rather than thrown. */
  | 'check-failed';

/**
 * One thing validation noticed, as data: a stable code, a severity, the ids
 * of the nodes, edges, partners or groups it concerns (so a UI can select
 * them), and the values its message needs. Cards are named in `params` by
 * their titles. `formatFinding` renders the message in a language.
 *
 * @example
 * for (const finding of validate(document)) console.log(finding.severity, finding.code, formatFinding(finding, 'nl'));
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly ids: readonly string[];
  readonly params: MessageParams;
}

/**
 * The label of each severity, in both languages.
 *
 * @example
 * SEVERITY_LABELS.warning.nl; // 'Waarschuwing'
 */
export const SEVERITY_LABELS: Readonly<Record<Severity, Localized>> = TEXTS.severity;

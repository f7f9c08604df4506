import type { Localized } from '../i18n/localized.js';

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
  | 'indicator-measures-nothing';

/**
 * One thing validation noticed. `ids` names the nodes, edges, partners or
 * target groups it concerns, so a UI can select them.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: Localized;
  readonly ids: readonly string[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  error: { nl: 'Fout', en: 'Error' },
  warning: { nl: 'Waarschuwing', en: 'Warning' },
  info: { nl: 'Tip', en: 'Tip' },
};

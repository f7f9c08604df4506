import type { Localized } from '../i18n/localized.js';
import type { Finding, FindingCode, Severity } from './finding.js';
import type { GraphIndex } from './graph-index.js';

/** One validation rule: a stable code, a severity, and a check over the indexed document. */
export interface Rule {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** What the rule checks, for docs and the CLI's `--explain`. */
  readonly description: Localized;
  readonly check: (index: GraphIndex) => Finding[];
}

/** Defines a rule; `report` builds findings with the rule's code and severity. */
export function defineRule(
  code: FindingCode,
  severity: Severity,
  description: Localized,
  check: (index: GraphIndex, report: (ids: readonly string[], message: Localized) => Finding) => Finding[],
): Rule {
  const report = (ids: readonly string[], message: Localized): Finding => ({ code, severity, message, ids });
  return { code, severity, description, check: (index) => check(index, report) };
}

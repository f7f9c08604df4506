import type { Localized } from '../i18n/localized.js';
import type { Finding, FindingCode, Severity } from './finding.js';
import { nameOf, type GraphIndex } from './graph-index.js';
import type { NodeOfKind } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';

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

/**
 * Defines a rule that checks each node of one kind on its own: `fails` says
 * whether a node breaks the rule, `message` says so given the node's quoted name.
 */
export function defineNodeRule<K extends NodeKind>(
  code: FindingCode,
  severity: Severity,
  description: Localized,
  kind: K,
  fails: (node: NodeOfKind<K>, index: GraphIndex) => boolean,
  message: (name: string) => Localized,
): Rule {
  return defineRule(code, severity, description, (index, report) => {
    const findings: Finding[] = [];
    for (const node of index.document.nodes) {
      if (node.kind === kind && fails(node as NodeOfKind<K>, index)) findings.push(report([node.id], message(nameOf(index, node.id))));
    }
    return findings;
  });
}

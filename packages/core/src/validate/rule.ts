import type { Message, MessageParams } from '../i18n/format.js';
import type { Localized } from '../i18n/localized.js';
import type { Finding, FindingCode, Severity } from './finding.js';
import { nodeRef, type GraphIndex, type NodeRef } from './graph-index.js';
import type { NodeOfKind } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';

/**
 * One validation rule: a stable code, a severity, its message, and a check over the indexed document.
 *
 * @example
 * for (const rule of RULES) console.log(rule.code, rule.severity);
 */
export interface Rule<P extends MessageParams = MessageParams> {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** What the rule checks, for docs and the CLI's `--explain`. */
  readonly description: Localized;
  /** The message of each finding, filled with the finding's `params`. */
  readonly message: Message<P>;
  readonly check: (index: GraphIndex) => Finding[];
}

/**
 * Defines a rule; `report` builds a finding with the rule's code and
 * severity from the ids it concerns and the values its message needs.
 *
 * @example
 * export const selfLoop = defineRule('self-loop', 'error', description,
 *   defineMessage<{ node: NodeRef }>(bilingual('{node} wijst naar zichzelf.', '{node} points to itself.')),
 *   (index, report) => loops.map((edge) => report([edge.id], { node: refOf(index, edge.source) })));
 */
export function defineRule<P extends MessageParams>(
  code: FindingCode,
  severity: Severity,
  description: Localized,
  message: Message<P>,
  check: (index: GraphIndex, report: (ids: readonly string[], params: P) => Finding) => Finding[],
): Rule<P> {
  const report = (ids: readonly string[], params: P): Finding => ({ code, severity, ids, params });
  return { code, severity, description, message, check: (index) => check(index, report) };
}

/**
 * Defines a rule that checks each node of one kind on its own: `fails` says
 * whether a node breaks the rule (given the card's position in the index's rows); its message names the node as `{node}`.
 */
export function defineNodeRule<K extends NodeKind>(
  code: FindingCode,
  severity: Severity,
  description: Localized,
  kind: K,
  fails: (node: NodeOfKind<K>, index: GraphIndex, position: number) => boolean,
  message: Message<{ node: NodeRef }>,
): Rule<{ node: NodeRef }> {
  return defineRule(code, severity, description, message, (index, report) => {
    const findings: Finding[] = [];
    const nodes = index.nodesOfKind(kind);
    const positions = index.positionsOfKind(kind);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (fails(node as NodeOfKind<K>, index, positions[i]!)) findings.push(report([node.id], { node: nodeRef(node) }));
    }
    return findings;
  });
}

import type { Message } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { KIND_ORDER, NODE_KIND_SPECS } from '../../model/kinds.js';
import type { ToCNode } from '../../model/schema.js';
import type { Finding, FindingCode } from '../finding.js';
import { nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule, type Rule } from '../rule.js';

/** What a chain-order message names: both cards and their values of the field, in the user's words. */
export type ChainOrderParams = { source: NodeRef; target: NodeRef; from: Localized; to: Localized };

/**
 * A rule that a field must not go down along a causal connection: the sphere
 * (in eigen hand → invloed → belang), the horizon (short → medium → long).
 * Reports each connection where it does, naming both cards and both values.
 */
export function defineChainOrderRule<F extends 'sphere' | 'horizon'>(
  code: FindingCode,
  description: Localized,
  message: Message<ChainOrderParams>,
  field: F,
  rank: Readonly<Record<Extract<ToCNode, Record<F, string>>[F], number>>,
  labels: Readonly<Record<Extract<ToCNode, Record<F, string>>[F], Localized>>,
): Rule<ChainOrderParams> {
  type Value = Extract<ToCNode, Record<F, string>>[F];
  // The kinds whose schema has the field, found once from the kind registry (no `in` test per card).
  const kinds = KIND_ORDER.filter((kind) => NODE_KIND_SPECS[kind].fields.some((spec) => spec.key === field));
  const valueOf = (node: ToCNode): Value => (node as unknown as Record<F, Value>)[field];
  return defineRule(code, 'warning', description, message, (index, report) => {
    const findings: Finding[] = [];
    // Each card's rank on the field, read once (-1 where its kind has no such field); then the causal rows are
    // walked comparing numbers.
    const { nodes, outOffsets, outTargets, outEdges } = index.causal;
    const ranks = new Int8Array(nodes.length).fill(-1);
    for (const kind of kinds) {
      const positions = index.positionsOfKind(kind);
      for (let p = 0; p < positions.length; p++) ranks[positions[p]!] = rank[valueOf(nodes[positions[p]!]!)];
    }
    for (let i = 0; i < nodes.length; i++) {
      const a = ranks[i]!;
      if (a < 0) continue;
      for (let k = outOffsets[i]!; k < outOffsets[i + 1]!; k++) {
        const j = outTargets[k]!;
        const b = ranks[j]!;
        if (b < 0 || a <= b) continue;
        const from = nodes[i]!;
        const to = nodes[j]!;
        findings.push(
          report([index.document.edges[outEdges[k]!]!.id, from.id, to.id], {
            source: nodeRef(from),
            target: nodeRef(to),
            from: labels[valueOf(from)],
            to: labels[valueOf(to)],
          }),
        );
      }
    }
    return findings;
  });
}

import type { Message } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { KIND_ORDER, NODE_KIND_SPECS } from '../../model/kinds.js';
import type { ToCNode } from '../../model/schema.js';
import type { Finding, FindingCode } from '../finding.js';
import { edgeOf, forEachCausal, refOf, type NodeRef } from '../graph-index.js';
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
  const kinds = new Set(KIND_ORDER.filter((kind) => NODE_KIND_SPECS[kind].fields.some((spec) => spec.key === field)));
  const valueOf = (node: ToCNode): Value | undefined => (kinds.has(node.kind) ? (node as unknown as Record<F, Value>)[field] : undefined);
  return defineRule(code, 'warning', description, message, (index, report) => {
    const findings: Finding[] = [];
    forEachCausal(index, (from, to) => {
      const a = valueOf(from);
      const b = valueOf(to);
      if (a === undefined || b === undefined || rank[a] <= rank[b]) return;
      findings.push(
        report([edgeOf(index, from.id, to.id).id, from.id, to.id], {
          source: refOf(index, from.id),
          target: refOf(index, to.id),
          from: labels[a],
          to: labels[b],
        }),
      );
    });
    return findings;
  });
}

import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import type { Finding } from '../finding.js';
import { nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

/**
 * A direct intervention → outcome link says "it works" without saying why.
 * It is fine when a mechanism between the same two nodes makes the why explicit.
 */
export const missingMechanism = defineRule(
  'missing-mechanism',
  'warning',
  RULE_TEXTS['missing-mechanism'].description,
  defineMessage<{ source: NodeRef; target: NodeRef }>(RULE_TEXTS['missing-mechanism'].message),
  (index, report) => {
    const findings: Finding[] = [];
    const { nodes, outOffsets, outTargets, outEdges } = index.causal;
    // Does `from` lead to `to` directly? A scan of its row: rows are short.
    const leads = (from: number, to: number) => {
      for (let k = outOffsets[from]!; k < outOffsets[from + 1]!; k++) if (outTargets[k] === to) return true;
      return false;
    };
    const interventions = index.positionsOfKind('intervention');
    for (let p = 0; p < interventions.length; p++) {
      const i = interventions[p]!;
      const source = nodes[i]!;
      for (let k = outOffsets[i]!; k < outOffsets[i + 1]!; k++) {
        const o = outTargets[k]!;
        if (nodes[o]!.kind !== 'outcome') continue;
        let viaMechanism = false;
        for (let j = outOffsets[i]!; j < outOffsets[i + 1]! && !viaMechanism; j++) {
          const m = outTargets[j]!;
          viaMechanism = nodes[m]!.kind === 'mechanism' && leads(m, o);
        }
        if (viaMechanism) continue;
        const target = nodes[o]!;
        findings.push(
          report([index.document.edges[outEdges[k]!]!.id, source.id, target.id], {
            source: nodeRef(source),
            target: nodeRef(target),
          }),
        );
      }
    }
    return findings;
  },
);

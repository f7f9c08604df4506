import { defineMessage } from '../../i18n/format.js';
import type { Finding } from '../finding.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

/**
 * A direct intervention → outcome link says "it works" without saying why.
 * It is fine when a mechanism between the same two nodes makes the why explicit.
 */
export const missingMechanism = defineRule(
  'missing-mechanism',
  'warning',
  {
    nl: 'Tussen interventie en uitkomst staat een werkzaam mechanisme: waarom werkt het?',
    en: 'A working mechanism sits between intervention and outcome: why does it work?',
  },
  defineMessage<{ source: NodeRef; target: NodeRef }>({
    nl: '{source} → {target}: waarom werkt dit? Voeg een werkzaam mechanisme toe.',
    en: '{source} → {target}: why does this work? Add a working mechanism.',
  }),
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
            source: refOf(index, source.id),
            target: refOf(index, target.id),
          }),
        );
      }
    }
    return findings;
  },
);

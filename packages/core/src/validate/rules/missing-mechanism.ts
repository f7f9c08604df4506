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
    for (const source of index.document.nodes) {
      if (source.kind !== 'intervention') continue;
      for (const edge of index.causalOut.get(source.id) ?? []) {
        const target = index.nodeById.get(edge.target);
        if (target?.kind !== 'outcome') continue;
        const viaMechanism = (index.causalOut.get(source.id) ?? []).some(
          (first) =>
            index.nodeById.get(first.target)?.kind === 'mechanism' &&
            (index.causalOut.get(first.target) ?? []).some((second) => second.target === target.id),
        );
        if (viaMechanism) continue;
        findings.push(report([edge.id, source.id, target.id], { source: refOf(index, source.id), target: refOf(index, target.id) }));
      }
    }
    return findings;
  },
);

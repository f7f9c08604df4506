import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import type { Edge } from '../../model/schema.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

/** Two connections between the same cards count every chain through them twice and list an outcome twice in the measurement plan. */
export const duplicateConnection = defineRule(
  'duplicate-connection',
  'warning',
  RULE_TEXTS['duplicate-connection'].description,
  defineMessage<{ source: NodeRef; target: NodeRef; count: number }>(RULE_TEXTS['duplicate-connection'].message),
  (index, report) => {
    const duplicates: Edge[][] = [];
    const { fromOffsets, fromEdges, edgeTargets } = index.causal;
    const edges = index.document.edges;
    // Per source, most cards have one to four connections: compare target positions pairwise, allocating only for a duplicate.
    for (let i = 0; i + 1 < fromOffsets.length; i++) {
      const start = fromOffsets[i]!;
      const end = fromOffsets[i + 1]!;
      for (let b = start + 1; b < end; b++) {
        const target = edgeTargets[fromEdges[b]!]!;
        let first = -1;
        for (let a = start; a < b; a++) {
          if (edgeTargets[fromEdges[a]!] === target) {
            first = a;
            break;
          }
        }
        // Report each pair of cards once: at the second connection between them.
        let earlier = false;
        for (let a = first + 1; first >= 0 && a < b && !earlier; a++) earlier = edgeTargets[fromEdges[a]!] === target;
        if (first < 0 || earlier) continue;
        const same: Edge[] = [];
        for (let a = start; a < end; a++) if (edgeTargets[fromEdges[a]!] === target) same.push(edges[fromEdges[a]!]!);
        duplicates.push(same);
      }
    }
    return duplicates.map((edges) =>
      report(
        edges.map((edge) => edge.id),
        { source: refOf(index, edges[0]!.source), target: refOf(index, edges[0]!.target), count: edges.length },
      ),
    );
  },
);

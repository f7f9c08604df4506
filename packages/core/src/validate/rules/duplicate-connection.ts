import { defineMessage } from '../../i18n/format.js';
import type { Edge } from '../../model/schema.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

/** Two connections between the same cards count every chain through them twice and list an outcome twice in the measurement plan. */
export const duplicateConnection = defineRule(
  'duplicate-connection',
  'warning',
  { nl: 'Tussen twee kaarten loopt hoogstens één verbinding.', en: 'At most one connection joins two nodes.' },
  defineMessage<{ source: NodeRef; target: NodeRef; count: number }>({
    nl: 'De verbinding {source} → {target} staat er {count} keer in; verwijder de dubbele.',
    en: 'The connection {source} → {target} is there {count} times; delete the duplicates.',
  }),
  (index, report) => {
    const duplicates: Edge[][] = [];
    // Per source, most cards have one to four connections: compare them pairwise, allocating only for a duplicate.
    for (const edges of index.edgesFrom.values()) {
      for (let i = 1; i < edges.length; i++) {
        const target = edges[i]!.target;
        let first = -1;
        for (let j = 0; j < i && first < 0; j++) if (edges[j]!.target === target) first = j;
        // Report a pair once: at the first connection that repeats the earliest one.
        if (first < 0 || edges.slice(first + 1, i).some((edge) => edge.target === target)) continue;
        duplicates.push(edges.filter((edge) => edge.target === target));
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

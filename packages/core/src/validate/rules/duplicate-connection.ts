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
    // Per source, most cards have one or two connections: compare targets only where there are several.
    for (const edges of index.edgesFrom.values()) {
      if (edges.length < 2) continue;
      const byTarget = new Map<string, Edge[]>();
      for (const edge of edges) {
        const list = byTarget.get(edge.target);
        if (list) list.push(edge);
        else byTarget.set(edge.target, [edge]);
      }
      for (const list of byTarget.values()) if (list.length > 1) duplicates.push(list);
    }
    return duplicates.map((edges) =>
      report(
        edges.map((edge) => edge.id),
        { source: refOf(index, edges[0]!.source), target: refOf(index, edges[0]!.target), count: edges.length },
      ),
    );
  },
);

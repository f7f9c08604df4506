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
    const byPair = new Map<string, Edge[]>();
    for (const edge of index.document.edges) {
      if (!index.nodeById.has(edge.source) || !index.nodeById.has(edge.target)) continue;
      const key = `${edge.source}\u0000${edge.target}`;
      const list = byPair.get(key);
      if (list) list.push(edge);
      else byPair.set(key, [edge]);
    }
    return [...byPair.values()]
      .filter((edges) => edges.length > 1)
      .map((edges) =>
        report(
          edges.map((edge) => edge.id),
          { source: refOf(index, edges[0]!.source), target: refOf(index, edges[0]!.target), count: edges.length },
        ),
      );
  },
);

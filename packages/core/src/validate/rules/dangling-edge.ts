import { defineMessage } from '../../i18n/format.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const danglingEdge = defineRule(
  'dangling-edge',
  'error',
  { nl: 'Elke verbinding loopt tussen bestaande kaarten.', en: 'Every connection joins existing nodes.' },
  defineMessage<{ source: NodeRef; target: NodeRef; missing: readonly string[] }>({
    nl: 'De verbinding {source} → {target} verwijst naar een kaart die niet bestaat (id {missing}); verwijder de verbinding.',
    en: 'The connection {source} → {target} refers to a node that does not exist (id {missing}); delete the connection.',
  }),
  (index, report) =>
    index.danglingEdges.map((edge) => {
      const { nodeById } = index;
      const name = (id: string) => (nodeById.has(id) ? refOf(index, id) : { title: '?' });
      return report([edge.id], {
        source: name(edge.source),
        target: name(edge.target),
        missing: [edge.source, edge.target].filter((id) => !nodeById.has(id)).map((id) => `"${id.slice(0, 64)}"`),
      });
    }),
);

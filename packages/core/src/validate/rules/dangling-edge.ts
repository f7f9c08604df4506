import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const danglingEdge = defineRule(
  'dangling-edge',
  'error',
  RULE_TEXTS['dangling-edge'].description,
  defineMessage<{ source: NodeRef; target: NodeRef; missing: readonly string[] }>(RULE_TEXTS['dangling-edge'].message),
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

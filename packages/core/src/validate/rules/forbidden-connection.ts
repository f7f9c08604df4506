import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { explainForbiddenConnection } from '../../model/connections.js';
import { EDGE_KINDS } from '../../model/vocabulary.js';
import { nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';
import { NO_TEXT } from '../../i18n/localized.js';

export const forbiddenConnection = defineRule(
  'forbidden-connection',
  'error',
  RULE_TEXTS['forbidden-connection'].description,
  defineMessage<{ source: NodeRef; target: NodeRef; why: Localized; kind: Localized; allowed: Localized; wrongKind: string }>(
    RULE_TEXTS['forbidden-connection'].message,
  ),
  (index, report) =>
    index.misfitEdges.map(({ edge, allowed }) => {
      const source = index.nodeById.get(edge.source)!;
      const target = index.nodeById.get(edge.target)!;
      const names = { source: nodeRef(source), target: nodeRef(target), kind: EDGE_KINDS.labels[edge.kind] };
      return allowed
        ? report([edge.id], { ...names, allowed: EDGE_KINDS.labels[allowed], why: NO_TEXT, wrongKind: 'yes' })
        : report([edge.id, source.id, target.id], {
            ...names,
            allowed: NO_TEXT,
            why: explainForbiddenConnection(source.kind, target.kind),
            wrongKind: 'no',
          });
    }),
);

import { defineMessage } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { explainForbiddenConnection } from '../../model/connections.js';
import { EDGE_KINDS } from '../../model/vocabulary.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const forbiddenConnection = defineRule(
  'forbidden-connection',
  'error',
  {
    nl: 'Verbindingen volgen de logica: interventie → mechanisme → uitkomst → doel; indicatoren meten, aannames onderbouwen.',
    en: 'Connections follow the logic: intervention → mechanism → outcome → goal; indicators measure, assumptions underlie.',
  },
  defineMessage<{ source: NodeRef; target: NodeRef; why: Localized; kind: Localized; allowed: Localized; wrongKind: string }>({
    nl: '{wrongKind, select, yes {De verbinding {source} → {target} staat als „{kind}”, maar tussen deze kaarten hoort „{allowed}”.} other {De verbinding {source} → {target} is niet toegestaan. {why}}}',
    en: '{wrongKind, select, yes {The connection {source} → {target} is marked “{kind}”, but between these nodes it must be “{allowed}”.} other {The connection {source} → {target} is not allowed. {why}}}',
  }),
  (index, report) =>
    index.misfitEdges.map(({ edge, allowed }) => {
      const source = index.nodeById.get(edge.source)!;
      const target = index.nodeById.get(edge.target)!;
      const names = { source: refOf(index, source.id), target: refOf(index, target.id), kind: EDGE_KINDS.labels[edge.kind] };
      return allowed
        ? report([edge.id], { ...names, allowed: EDGE_KINDS.labels[allowed], why: { nl: '', en: '' }, wrongKind: 'yes' })
        : report([edge.id, source.id, target.id], {
            ...names,
            allowed: { nl: '', en: '' },
            why: explainForbiddenConnection(source.kind, target.kind),
            wrongKind: 'no',
          });
    }),
);

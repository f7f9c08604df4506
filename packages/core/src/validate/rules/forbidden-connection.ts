import { explainForbiddenConnection } from '../../model/connections.js';
import { EDGE_KINDS } from '../../model/vocabulary.js';
import { nameOf } from '../graph-index.js';
import { defineRule } from '../rule.js';

export const forbiddenConnection = defineRule(
  'forbidden-connection',
  'error',
  {
    nl: 'Verbindingen volgen de logica: interventie → mechanisme → uitkomst → doel; indicatoren meten, aannames onderbouwen.',
    en: 'Connections follow the logic: intervention → mechanism → outcome → goal; indicators measure, assumptions underlie.',
  },
  (index, report) =>
    index.misfitEdges.flatMap(({ edge, allowed }) => {
      const source = index.nodeById.get(edge.source)!;
      const target = index.nodeById.get(edge.target)!;
      if (!allowed) {
        const why = explainForbiddenConnection(source.kind, target.kind);
        return [
          report([edge.id, source.id, target.id], {
            nl: `Verbinding ${nameOf(index, source.id)} → ${nameOf(index, target.id)} is niet toegestaan. ${why.nl}`,
            en: `Connection ${nameOf(index, source.id)} → ${nameOf(index, target.id)} is not allowed. ${why.en}`,
          }),
        ];
      }
      return [
        report([edge.id], {
          nl: `Verbinding "${edge.id}" heeft soort "${edge.kind}", maar tussen deze kaarten hoort "${allowed}" (${EDGE_KINDS.labels[allowed].nl}).`,
          en: `Connection "${edge.id}" has kind "${edge.kind}", but between these nodes it must be "${allowed}".`,
        }),
      ];
    }),
);

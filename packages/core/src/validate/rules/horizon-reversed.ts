import { defineMessage } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { OUTCOME_HORIZONS, type OutcomeHorizon } from '../../model/vocabulary.js';
import type { Finding } from '../finding.js';
import { edgeOf, forEachCausal, refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

const HORIZON_RANK: Record<OutcomeHorizon, number> = { short: 0, medium: 1, long: 2 };

export const horizonReversed = defineRule(
  'horizon-reversed',
  'warning',
  {
    nl: 'De keten loopt van korte naar lange termijn, niet terug.',
    en: 'The chain runs from short to long term, not back.',
  },
  defineMessage<{ source: NodeRef; target: NodeRef; from: Localized; to: Localized }>({
    nl: '{source} ({from}) leidt tot {target} ({to}): lange termijn gaat hier voor korte termijn. Draai de verbinding om of pas de termijn aan.',
    en: '{source} ({from}) leads to {target} ({to}): long term comes before short term here. Reverse the connection or change the term.',
  }),
  (index, report) => {
    const findings: Finding[] = [];
    forEachCausal(index, (from, to) => {
      if (!('horizon' in from) || !('horizon' in to) || HORIZON_RANK[from.horizon] <= HORIZON_RANK[to.horizon]) return;
      findings.push(
        report([edgeOf(index, from.id, to.id).id, from.id, to.id], {
          source: refOf(index, from.id),
          target: refOf(index, to.id),
          from: OUTCOME_HORIZONS.labels[from.horizon],
          to: OUTCOME_HORIZONS.labels[to.horizon],
        }),
      );
    });
    return findings;
  },
);

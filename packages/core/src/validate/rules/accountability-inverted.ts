import { defineMessage } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { SPHERES, type Sphere } from '../../model/vocabulary.js';
import type { Finding } from '../finding.js';
import { edgeOf, forEachCausal, refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

/** Below the line of accountability what partners control or influence, above it what they only care about. */
const SPHERE_RANK: Record<Sphere, number> = { control: 0, influence: 1, interest: 2 };

export const accountabilityInverted = defineRule(
  'accountability-inverted',
  'warning',
  {
    nl: 'De keten loopt van wat partners in eigen hand hebben, via invloed, naar wat zij belangrijk vinden.',
    en: 'The chain runs from what partners control, through influence, to what they care about.',
  },
  defineMessage<{ source: NodeRef; target: NodeRef; from: Localized; to: Localized }>({
    nl: '{source} ({from}) leidt tot {target} ({to}): de verantwoordingslijn staat op zijn kop. Klopt de invloedssfeer van beide kaarten?',
    en: '{source} ({from}) leads to {target} ({to}): the line of accountability is upside down. Are the spheres of both nodes right?',
  }),
  (index, report) => {
    const findings: Finding[] = [];
    forEachCausal(index, (from, to) => {
      if (!('sphere' in from) || !('sphere' in to) || SPHERE_RANK[from.sphere] <= SPHERE_RANK[to.sphere]) return;
      findings.push(
        report([edgeOf(index, from.id, to.id).id, from.id, to.id], {
          source: refOf(index, from.id),
          target: refOf(index, to.id),
          from: SPHERES.labels[from.sphere],
          to: SPHERES.labels[to.sphere],
        }),
      );
    });
    return findings;
  },
);

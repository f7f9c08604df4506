import { defineMessage } from '../../i18n/format.js';
import { documentAreas } from '../../model/areas.js';
import type { Finding } from '../finding.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

/** What a card can refer to by id, besides other cards. */
type Reference = 'partner' | 'targetGroup' | 'group' | 'area';

export const unknownReference = defineRule(
  'unknown-reference',
  'error',
  {
    nl: 'Partners, doelgroepen, groepen en gebieden waarnaar kaarten verwijzen, bestaan.',
    en: 'Partners, target groups, groups and areas that nodes refer to exist.',
  },
  defineMessage<{ node: NodeRef; what: Reference; ids: readonly string[]; count: number }>({
    nl: '{node} verwijst naar {count, plural, one {een onbekende} other {onbekende}} {what, select, partner {{count, plural, one {partner} other {partners}}} targetGroup {{count, plural, one {doelgroep} other {doelgroepen}}} group {groep} other {{count, plural, one {gebied} other {gebieden}}}}: {ids}.',
    en: '{node} refers to {count, plural, one {an unknown} other {unknown}} {what, select, partner {{count, plural, one {partner} other {partners}}} targetGroup {{count, plural, one {target group} other {target groups}}} group {group} other {{count, plural, one {area} other {areas}}}}: {ids}.',
  }),
  (index, report) => {
    const areas = new Set(documentAreas(index.document).map((area) => area.id));
    const groups = new Set(index.document.groups.map((group) => group.id));
    const findings: Finding[] = [];
    for (const node of index.document.nodes) {
      const missing: Record<Reference, string[]> = { partner: [], targetGroup: [], group: [], area: [] };
      if (node.kind === 'intervention') {
        missing.partner.push(...node.actors.filter((id) => !index.actorIds.has(id)));
        missing.targetGroup.push(...node.targetGroups.filter((id) => !index.targetGroupIds.has(id)));
        if (!areas.has(node.area)) missing.area.push(node.area);
      } else if (node.kind === 'indicator' && node.owner !== undefined && !index.actorIds.has(node.owner)) {
        missing.partner.push(node.owner);
      }
      if ('group' in node && node.group !== undefined && !groups.has(node.group)) missing.group.push(node.group);
      for (const what of ['partner', 'targetGroup', 'group', 'area'] as const) {
        const ids = missing[what];
        if (ids.length > 0)
          findings.push(report([node.id], { node: refOf(index, node.id), what, ids: ids.map((id) => `"${id}"`), count: ids.length }));
      }
    }
    return findings;
  },
);

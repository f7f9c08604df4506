import { defineMessage } from '../../i18n/format.js';
import { documentAreas } from '../../model/areas.js';
import type { ToCNode } from '../../model/schema.js';
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
    const found = (node: ToCNode, what: Reference, ids: readonly string[]) => {
      if (ids.length > 0)
        findings.push(report([node.id], { node: refOf(index, node.id), what, ids: ids.map((id) => `"${id}"`), count: ids.length }));
    };
    // Lists are made only where something is missing: most cards refer to nothing unknown.
    for (const node of index.document.nodes) {
      if (node.kind === 'intervention') {
        if (node.actors.some((id) => !index.actorIds.has(id)))
          found(
            node,
            'partner',
            node.actors.filter((id) => !index.actorIds.has(id)),
          );
        if (node.targetGroups.some((id) => !index.targetGroupIds.has(id)))
          found(
            node,
            'targetGroup',
            node.targetGroups.filter((id) => !index.targetGroupIds.has(id)),
          );
      } else if (node.kind === 'indicator' && node.owner !== undefined && !index.actorIds.has(node.owner)) {
        found(node, 'partner', [node.owner]);
      }
      if ('group' in node && node.group !== undefined && !groups.has(node.group)) found(node, 'group', [node.group]);
      if (node.kind === 'intervention' && !areas.has(node.area)) found(node, 'area', [node.area]);
    }
    return findings;
  },
);

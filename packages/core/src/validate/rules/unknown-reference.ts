import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { documentAreas } from '../../model/areas.js';
import type { NodeOfKind, ToCNode } from '../../model/schema.js';
import type { Finding } from '../finding.js';
import type { NodeRef } from '../graph-index.js';
import { KIND_ORDER, NODE_KIND_SPECS } from '../../model/kinds.js';
import { defineRule } from '../rule.js';

/** What a card can refer to by id, besides other cards. */
type Reference = 'partner' | 'targetGroup' | 'group' | 'area';

/** The kinds whose cards can name a group (the kind registry says which fields each kind has). */
const GROUPED_KINDS = KIND_ORDER.filter((kind) => NODE_KIND_SPECS[kind].fields.some((field) => field.key === 'group'));

export const unknownReference = defineRule(
  'unknown-reference',
  'error',
  RULE_TEXTS['unknown-reference'].description,
  defineMessage<{ node: NodeRef; what: Reference; ids: readonly string[]; count: number }>(RULE_TEXTS['unknown-reference'].message),
  (index, report) => {
    const areas = new Set(documentAreas(index.document).map((area) => area.id));
    const groups = new Set(index.document.groups.map((group) => group.id));
    const findings: Finding[] = [];
    const found = (node: ToCNode, what: Reference, ids: readonly string[]) => {
      if (ids.length > 0)
        findings.push(report([node.id], { node: { title: node.title }, what, ids: ids.map((id) => `"${id}"`), count: ids.length }));
    };
    // Lists are made only where something is missing: most cards refer to nothing unknown. Each kind's cards are
    // read from the index, and only for what that kind can refer to; loops by index, with no callback per card.
    const unknown = (ids: readonly string[], known: ReadonlySet<string>) => {
      let missing: string[] | undefined;
      for (let i = 0; i < ids.length; i++) if (!known.has(ids[i]!)) (missing ??= []).push(ids[i]!);
      return missing;
    };
    const interventions = index.nodesOfKind('intervention') as readonly NodeOfKind<'intervention'>[];
    for (let i = 0; i < interventions.length; i++) {
      const node = interventions[i]!;
      const partners = unknown(node.actors, index.actorIds);
      if (partners) found(node, 'partner', partners);
      const targetGroups = unknown(node.targetGroups, index.targetGroupIds);
      if (targetGroups) found(node, 'targetGroup', targetGroups);
      if (!areas.has(node.area)) found(node, 'area', [node.area]);
    }
    const indicators = index.nodesOfKind('indicator') as readonly NodeOfKind<'indicator'>[];
    for (let i = 0; i < indicators.length; i++) {
      const node = indicators[i]!;
      if (node.owner !== undefined && !index.actorIds.has(node.owner)) found(node, 'partner', [node.owner]);
    }
    for (const kind of GROUPED_KINDS) {
      const nodes = index.nodesOfKind(kind);
      for (let i = 0; i < nodes.length; i++) {
        const group = (nodes[i] as { group?: string }).group;
        if (group !== undefined && !groups.has(group)) found(nodes[i]!, 'group', [group]);
      }
    }
    return findings;
  },
);

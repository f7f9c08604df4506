import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { NODE_KIND_SPECS } from '../../model/kinds.js';
import type { Finding } from '../finding.js';
import { blank } from '../blank.js';
import { defineRule } from '../rule.js';
import { TEXTS } from '../locales/rule-texts.js';

const { partner: PARTNER, targetGroup: TARGET_GROUP, group: GROUP } = TEXTS.emptyTitle;

export const emptyTitle = defineRule(
  'empty-title',
  'warning',
  RULE_TEXTS['empty-title'].description,
  defineMessage<{ what: Localized }>(RULE_TEXTS['empty-title'].message),
  (index, report) => {
    const { document } = index;
    const findings: Finding[] = [];
    const untitled = <T extends { id: string }>(list: readonly T[], name: (item: T) => string, what: (item: T) => Localized) => {
      for (let i = 0; i < list.length; i++) if (blank(name(list[i]!))) findings.push(report([list[i]!.id], { what: what(list[i]!) }));
    };
    const { nodes, titles } = index.causal;
    if (nodes.length === document.nodes.length) {
      // Every card once in the index: its titles are read from there (one list, rather than a field of every card).
      for (let i = 0; i < titles.length; i++)
        if (blank(titles[i]!)) findings.push(report([nodes[i]!.id], { what: NODE_KIND_SPECS[nodes[i]!.kind].withArticle }));
    } else
      untitled(
        document.nodes,
        (node) => node.title,
        (node) => NODE_KIND_SPECS[node.kind].withArticle,
      );
    untitled(
      document.actors,
      (actor) => actor.name,
      () => PARTNER,
    );
    untitled(
      document.targetGroups,
      (group) => group.name,
      () => TARGET_GROUP,
    );
    untitled(
      document.groups,
      (group) => group.title,
      () => GROUP,
    );
    return findings;
  },
);

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
  ({ document }, report) => {
    const findings: Finding[] = [];
    const untitled = <T extends { id: string }>(list: readonly T[], name: (item: T) => string, what: (item: T) => Localized) => {
      for (let i = 0; i < list.length; i++) if (blank(name(list[i]!))) findings.push(report([list[i]!.id], { what: what(list[i]!) }));
    };
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

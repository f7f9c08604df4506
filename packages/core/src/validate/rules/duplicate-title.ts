import { defineMessage } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { NODE_KIND_SPECS } from '../../model/kinds.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';

/** Two cards of one kind with the same title: often a card captured twice, or two that should say what sets them apart. */
export const duplicateTitle = defineRule(
  'duplicate-title',
  'info',
  { nl: 'Kaarten van één soort hebben elk een eigen titel.', en: 'Nodes of one kind each have their own title.' },
  defineMessage<{ node: NodeRef; count: number; kinds: Localized }>({
    nl: 'Er staan {count} {kinds} met de titel {node}; voeg ze samen of maak het verschil duidelijk.',
    en: 'There are {count} {kinds} titled {node}; merge them or make the difference clear.',
  }),
  (index, report) => {
    const byTitle = new Map<string, string[]>();
    for (const node of index.document.nodes) {
      const title = node.title.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');
      if (title === '') continue;
      const key = `${node.kind}\u0000${title}`;
      const list = byTitle.get(key);
      if (list) list.push(node.id);
      else byTitle.set(key, [node.id]);
    }
    return [...byTitle.values()]
      .filter((ids) => ids.length > 1)
      .map((ids) => {
        const kind = index.nodeById.get(ids[0]!)!.kind;
        const plural = NODE_KIND_SPECS[kind].plural;
        return report(ids, {
          node: refOf(index, ids[0]!),
          count: ids.length,
          kinds: { nl: plural.nl.toLowerCase(), en: plural.en.toLowerCase() },
        });
      });
  },
);

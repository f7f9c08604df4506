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
    // Per kind, then per title: no joined string keys (they cost more to hash than the whole check).
    // A title seen once keeps only its card's id; a list is made for the few seen again.
    const byKind = new Map<string, Map<string, string | string[]>>();
    for (const node of index.document.nodes) {
      const title = normalise(node.title);
      if (title === '') continue;
      let byTitle = byKind.get(node.kind);
      if (!byTitle) byKind.set(node.kind, (byTitle = new Map<string, string | string[]>()));
      const seen = byTitle.get(title);
      if (seen === undefined) byTitle.set(title, node.id);
      else if (typeof seen === 'string') byTitle.set(title, [seen, node.id]);
      else seen.push(node.id);
    }
    return [...byKind.values()]
      .flatMap((byTitle) => [...byTitle.values()])
      .filter((ids): ids is string[] => typeof ids !== 'string')
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

/** A title as people would compare it: trimmed, lower case, runs of white space as one space. */
function normalise(title: string): string {
  const lower = title.trim().toLowerCase();
  // Only white space other than single plain spaces needs the replace.
  return /[^\S ]| {2}/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

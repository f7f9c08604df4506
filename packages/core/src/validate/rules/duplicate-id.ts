import { defineMessage } from '../../i18n/format.js';
import { idCollections } from '../../model/factory.js';
import { defineRule } from '../rule.js';

/** Ids must be unique across nodes, edges, partners, target groups, groups, sources, facts and parking-lot notes. */
export const duplicateId = defineRule(
  'duplicate-id',
  'error',
  { nl: 'Elk id komt maar één keer voor.', en: 'Every id occurs only once.' },
  defineMessage<{ id: string; count: number }>({
    nl: 'Het id "{id}" komt {count} keer voor; elk id hoort bij één ding.',
    en: 'The id "{id}" occurs {count} times; every id belongs to one thing.',
  }),
  ({ document, nodeById }, report) => {
    const counts = new Map<string, number>();
    const count = (id: string) => counts.set(id, (counts.get(id) ?? 1) + 1);
    // Card ids are in the index already: only a second card with an id, or another thing with a card's id, is counted.
    if (nodeById.size < document.nodes.length) {
      const first = new Set<string>();
      for (const { id } of document.nodes)
        if (first.has(id)) count(id);
        else first.add(id);
    }
    const others = new Set<string>();
    for (const list of idCollections(document).slice(1)) {
      for (const { id } of list) {
        if (nodeById.has(id) || others.has(id)) count(id);
        else others.add(id);
      }
    }
    return [...counts].map(([id, times]) => report([id], { id, count: times }));
  },
);

import { defineMessage } from '../../i18n/format.js';
import { idCollections } from '../../model/factory.js';
import { defineRule } from '../rule.js';
import { StringTable } from '../string-table.js';

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
      const first = new StringTable(document.nodes.length);
      for (const { id } of document.nodes) if (first.add(id, 0) >= 0) count(id);
    }
    const lists = idCollections(document).slice(1);
    const others = new StringTable(lists.reduce((total, list) => total + list.length, 0));
    for (const list of lists) {
      for (const { id } of list) if (nodeById.has(id) || others.add(id, 0) >= 0) count(id);
    }
    return [...counts].map(([id, times]) => report([id], { id, count: times }));
  },
);

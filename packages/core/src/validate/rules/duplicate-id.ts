import { defineMessage } from '../../i18n/format.js';
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
  ({ document }, report) => {
    const counts = new Map<string, number>();
    const all = [
      document.nodes,
      document.edges,
      document.actors,
      document.targetGroups,
      document.groups,
      document.sources,
      document.context.facts,
      document.workshop?.parkingLot ?? [],
    ];
    for (const list of all) for (const { id } of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].filter(([, count]) => count > 1).map(([id, count]) => report([id], { id, count }));
  },
);

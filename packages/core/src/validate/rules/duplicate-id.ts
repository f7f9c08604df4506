import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { idCollections } from '../../model/factory.js';
import { defineRule } from '../rule.js';
import { positionTable } from '../graph-index.js';
import { hashString, StringTable } from '../string-table.js';
import { withScratch } from '../int32-block.js';

/** Ids must be unique across nodes, edges, partners, target groups, groups, sources, facts and parking-lot notes. */
export const duplicateId = defineRule(
  'duplicate-id',
  'error',
  RULE_TEXTS['duplicate-id'].description,
  defineMessage<{ id: string; count: number }>(RULE_TEXTS['duplicate-id'].message),
  (index, report) => {
    const { document, nodeById } = index;
    const counts = new Map<string, number>();
    const count = (id: string) => counts.set(id, (counts.get(id) ?? 1) + 1);
    // Card ids are in the index already: only a second card with an id, or another thing with a card's id, is counted.
    if (nodeById.size < document.nodes.length) {
      const first = new StringTable(document.nodes.length);
      for (let i = 0; i < document.nodes.length; i++) if (first.add(document.nodes[i]!.id, 0) >= 0) count(document.nodes[i]!.id);
    }
    const lists = idCollections(document).slice(1);
    const capacity = lists.reduce((total, list) => total + list.length, 0);
    const cards = positionTable(index);
    withScratch(StringTable.storageFor(capacity), (storage) => {
      const others = new StringTable(capacity, { storage });
      for (const list of lists) {
        for (let i = 0; i < list.length; i++) {
          const id = list[i]!.id;
          // One hash for both tables.
          const hash = hashString(id);
          if (cards.getHashed(id, hash) >= 0 || others.addHashed(id, hash, 0) >= 0) count(id);
        }
      }
    });
    return [...counts].map(([id, times]) => report([id], { id, count: times }));
  },
);

import { defineRule } from '../rule.js';

/** Ids must be unique across nodes, edges, partners, target groups, facts and parking-lot notes. */
export const duplicateId = defineRule(
  'duplicate-id',
  'error',
  { nl: 'Elk id komt maar één keer voor.', en: 'Every id occurs only once.' },
  ({ document }, report) => {
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    const all = [
      document.nodes,
      document.edges,
      document.actors,
      document.targetGroups,
      document.context.facts,
      document.workshop?.parkingLot ?? [],
    ];
    for (const list of all) {
      for (const { id } of list) {
        if (seen.has(id)) duplicates.add(id);
        else seen.add(id);
      }
    }
    return [...duplicates].map((id) =>
      report([id], { nl: `Het id "${id}" komt meer dan eens voor.`, en: `The id "${id}" occurs more than once.` }),
    );
  },
);

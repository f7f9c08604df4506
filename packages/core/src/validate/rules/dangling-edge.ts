import { defineRule } from '../rule.js';

export const danglingEdge = defineRule(
  'dangling-edge',
  'error',
  { nl: 'Elke verbinding loopt tussen bestaande kaarten.', en: 'Every connection joins existing nodes.' },
  ({ danglingEdges, nodeById }, report) =>
    danglingEdges.map((edge) => {
      const list = [edge.source, edge.target]
        .filter((id) => !nodeById.has(id))
        .map((id) => `"${id}"`)
        .join(', ');
      return report([edge.id], {
        nl: `Verbinding "${edge.id}" verwijst naar een kaart die niet bestaat: ${list}.`,
        en: `Connection "${edge.id}" refers to a node that does not exist: ${list}.`,
      });
    }),
);

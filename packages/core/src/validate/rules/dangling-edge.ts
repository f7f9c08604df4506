import { defineRule } from '../rule.js';

export const danglingEdge = defineRule(
  'dangling-edge',
  'error',
  { nl: 'Elke verbinding loopt tussen bestaande kaarten.', en: 'Every connection joins existing nodes.' },
  ({ document, nodeById }, report) =>
    document.edges.flatMap((edge) => {
      const missing = [edge.source, edge.target].filter((id) => !nodeById.has(id));
      if (missing.length === 0) return [];
      const list = missing.map((id) => `"${id}"`).join(', ');
      return [
        report([edge.id], {
          nl: `Verbinding "${edge.id}" verwijst naar een kaart die niet bestaat: ${list}.`,
          en: `Connection "${edge.id}" refers to a node that does not exist: ${list}.`,
        }),
      ];
    }),
);

import { NODE_KINDS } from '../../model/vocabulary.js';
import { defineRule } from '../rule.js';

export const emptyTitle = defineRule(
  'empty-title',
  'warning',
  { nl: 'Elke kaart, partner en doelgroep heeft een naam.', en: 'Every node, partner and target group has a name.' },
  ({ document }, report) => [
    ...document.nodes
      .filter((node) => node.title.trim() === '')
      .map((node) =>
        report([node.id], {
          nl: `${NODE_KINDS.labels[node.kind].nl} "${node.id}" heeft geen titel.`,
          en: `${NODE_KINDS.labels[node.kind].en} "${node.id}" has no title.`,
        }),
      ),
    ...document.actors
      .filter((actor) => actor.name.trim() === '')
      .map((actor) => report([actor.id], { nl: `Partner "${actor.id}" heeft geen naam.`, en: `Partner "${actor.id}" has no name.` })),
    ...document.targetGroups
      .filter((group) => group.name.trim() === '')
      .map((group) =>
        report([group.id], { nl: `Doelgroep "${group.id}" heeft geen naam.`, en: `Target group "${group.id}" has no name.` }),
      ),
  ],
);

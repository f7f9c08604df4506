import { applyOperation, createNode, getTemplate, type Document, type Operation } from '@veranderlogica/core';
import { commentOperation, declineSuggestion, replyOperation, startReviewRound, suggestOperation } from '@veranderlogica/core/review';

/**
 * The worked example out for review, for stories and tests: a round with three partners (the last on its own
 * interventions only), a thread with a reply, a comment on the plan, an open suggestion, a declined one, and a
 * proposed indicator.
 */
export function reviewedExample(): Document {
  let document = getTemplate('voorbeeldregio')!.create();
  const [ggd, veiligThuis, police] = document.actors;
  const interventions = document.nodes.filter((node) => node.kind === 'intervention');
  const goal = document.nodes.find((node) => node.kind === 'goal')!;
  const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10));
  const apply = (operation: Operation) => (document = applyOperation(document, operation).document);
  apply(
    startReviewRound(
      document,
      {
        title: 'Consultatie netwerkpartners',
        deadline: '2026-03-29',
        partners: [{ actor: ggd!.id }, { actor: veiligThuis!.id }, { actor: police!.id, scope: 'own' }],
      },
      at(1),
    ),
  );
  const round = document.reviews[0]!.id;
  apply(
    commentOperation(
      document,
      { about: interventions[0]!.id, author: { name: 'Femke de Vries', partner: ggd!.id }, text: 'Wie voert dit uit op het mbo?', round },
      at(2),
    ),
  );
  apply(replyOperation(document, document.comments[0]!.id, { author: { name: 'Beleidsmedewerker' }, text: 'Het CJG, vanaf 2027.' }, at(3)));
  apply(
    commentOperation(
      document,
      { author: { name: 'Jan Bakker', partner: veiligThuis!.id }, text: 'Geen op- of aanmerkingen.', round },
      at(4),
    ),
  );
  apply(
    suggestOperation(
      document,
      {
        author: { name: 'Femke de Vries', partner: ggd!.id },
        proposal: { type: 'retitle', id: interventions[1]!.id, title: `${interventions[1]!.title} (ook in het mbo)` },
        reason: 'Het mbo doet sinds dit jaar mee.',
        round,
      },
      at(5),
    ),
  );
  apply(
    suggestOperation(
      document,
      {
        author: { name: 'Jan Bakker', partner: veiligThuis!.id },
        proposal: {
          type: 'addNode',
          node: createNode('indicator', { id: 'ind-voorstel', title: 'Meldingen bij Veilig Thuis per jaar' }),
          edges: [{ id: 'edge-voorstel', kind: 'measures', source: 'ind-voorstel', target: goal.id, rationale: '' }],
        },
        reason: 'Dit cijfer hebben we al.',
        round,
      },
      at(6),
    ),
  );
  apply(declineSuggestion(document, document.suggestions[1]!.id, 'Deze meldingen zeggen niets over minder geweld.', at(7)));
  return document;
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { History } from '../edit/history.js';
import { applyOperation } from '../edit/apply.js';
import { diffDocument } from '../edit/changes.js';
import { OperationError } from '../edit/operation-error.js';
import { versionPlan } from '../edit/versions.js';
import { parseDocument } from '../format/parse.js';
import { serializeDocument } from '../format/serialize.js';
import { createActor, createNode } from '../model/factory.js';
import type { Document } from '../model/schema.js';
import { SharedDocument } from '../sync/binding.js';
import { build } from '../test-support/build.js';
import { validate } from '../validate/validate.js';
import {
  acceptSuggestion,
  adoptPlan,
  commentOperation,
  declineSuggestion,
  inReviewScope,
  replyOperation,
  reviewResponses,
  startReviewRound,
  suggestionPreview,
  suggestOperation,
} from './intents.js';
import { reactienota } from './reactienota.js';
import { commentThreads, openCommentCounts } from './threads.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const ggd = { ...createActor({ name: 'GGD', domain: 'care' }), id: 'ggd' };
const police = { ...createActor({ name: 'Politie', domain: 'safety' }), id: 'police' };
const school = { ...createActor({ name: 'Scholen', domain: 'education' }), id: 'school' };

/** A small concept plan: GGD's intervention leading to a goal through an outcome, the police's not yet connected, and an indicator. */
function plan(): Document {
  return build(
    [
      ['intervention', 'int-ggd', { title: 'Voorlichting op scholen', actors: ['ggd'] }],
      ['intervention', 'int-police', { title: 'Aangifte makkelijker', actors: ['police'] }],
      ['outcome', 'out-1', { title: 'Jongeren kennen hun grenzen' }],
      ['goal', 'goal-1', { title: 'Minder seksueel geweld' }],
      ['indicator', 'ind-1', { title: 'Slachtofferschap (%)' }],
    ],
    [
      ['int-ggd', 'out-1'],
      ['out-1', 'goal-1'],
      ['ind-1', 'goal-1'],
    ],
    { actors: [ggd, police, school] },
  );
}

const femke = { name: 'Femke de Vries', partner: 'ggd' };
const owner = { name: 'Beleidsmedewerker' };

describe('comments', () => {
  it('starts a thread, replies, resolves, and undoes each step by itself', () => {
    const history = new History(plan());
    history.apply(commentOperation(history.document, { about: 'int-ggd', author: femke, text: 'Ook het mbo?' }, NOW));
    const thread = history.document.comments[0]!;
    history.apply(replyOperation(history.document, thread.id, { author: owner, text: 'Ja, zie de toelichting.' }, NOW));
    history.apply({ type: 'updateComment', id: thread.id, changes: { status: 'resolved' } });
    expect(commentThreads(history.document)).toEqual([
      { comment: { ...thread, status: 'resolved' }, replies: [expect.objectContaining({ replyTo: thread.id, about: 'int-ggd' })] },
    ]);
    expect(openCommentCounts(history.document).size).toBe(0);
    history.undo();
    expect(openCommentCounts(history.document).get('int-ggd')).toBe(1);
    history.undo();
    history.undo();
    expect(history.document.comments).toEqual([]);
    history.redo();
    expect(history.document.comments).toHaveLength(1);
  });

  it('removing a thread removes its replies, in one undoable step', () => {
    const history = new History(plan());
    history.apply(commentOperation(history.document, { author: femke, text: 'Algemeen: helder plan.' }, NOW));
    const id = history.document.comments[0]!.id;
    history.apply(replyOperation(history.document, id, { author: owner, text: 'Dank!' }, NOW));
    history.apply(replyOperation(history.document, id, { author: femke, text: 'Graag gedaan.' }, NOW));
    history.apply({ type: 'removeComment', id });
    expect(history.document.comments).toEqual([]);
    history.undo();
    expect(history.document.comments.map((c) => c.replyTo ?? 'root')).toEqual(['root', id, id]);
  });

  it('refuses a comment about nothing, a reply to a reply, an empty text and a changed author', () => {
    const document = plan();
    const refused = (operation: Parameters<typeof applyOperation>[1]) => () => applyOperation(document, operation);
    expect(refused(commentOperation(document, { about: 'gone', author: femke, text: 'x' }))).toThrow(OperationError);
    expect(refused(commentOperation(document, { author: femke, text: '' }))).toThrow(expect.objectContaining({ path: '/comments/0/text' }));
    const first = applyOperation(document, commentOperation(document, { author: femke, text: 'a' })).document;
    const thread = first.comments[0]!.id;
    const second = applyOperation(first, replyOperation(first, thread, { author: owner, text: 'b' })).document;
    const reply = second.comments[1]!.id;
    expect(() => applyOperation(second, replyOperation(second, reply, { author: femke, text: 'c' }))).toThrow(
      /eerste reactie|first comment/,
    );
    expect(() => applyOperation(second, { type: 'updateComment', id: thread, changes: { author: owner } as never })).toThrow(
      OperationError,
    );
  });
});

describe('suggestions', () => {
  it('accepting takes the change and the decision in as one undo step', () => {
    const history = new History(plan());
    history.apply(
      suggestOperation(
        history.document,
        { author: femke, proposal: { type: 'retitle', id: 'int-ggd', title: 'Voorlichting op alle scholen' }, reason: 'Ook het mbo.' },
        NOW,
      ),
    );
    const id = history.document.suggestions[0]!.id;
    history.apply(acceptSuggestion(history.document, id, { reason: 'Goed punt.', now: NOW }));
    expect(history.document.nodes.find((n) => n.id === 'int-ggd')!.title).toBe('Voorlichting op alle scholen');
    expect(history.document.suggestions[0]).toMatchObject({ status: 'accepted', decision: { reason: 'Goed punt.' } });
    history.undo();
    expect(history.document.nodes.find((n) => n.id === 'int-ggd')!.title).toBe('Voorlichting op scholen');
    expect(history.document.suggestions[0]!.status).toBe('open');
  });

  it('a new indicator comes with the connection to what it measures', () => {
    const document = plan();
    const indicator = createNode('indicator', { id: 'ind-new', title: 'Meldingen bij Veilig Thuis' });
    const suggested = applyOperation(
      document,
      suggestOperation(document, {
        author: femke,
        proposal: {
          type: 'addNode',
          node: indicator,
          edges: [{ id: 'e-new', kind: 'measures', source: 'ind-new', target: 'goal-1', rationale: '' }],
        },
      }),
    ).document;
    const preview = suggestionPreview(suggested, suggested.suggestions[0]!);
    expect(preview?.edges.some((edge) => edge.id === 'e-new')).toBe(true);
    const accepted = applyOperation(suggested, acceptSuggestion(suggested, suggested.suggestions[0]!.id)).document;
    expect(accepted.nodes.some((node) => node.id === 'ind-new')).toBe(true);
  });

  it('declining needs a reason; a decided suggestion is not decided again; a stale one is refused with the reason', () => {
    let document = plan();
    document = applyOperation(
      document,
      suggestOperation(document, { author: femke, proposal: { type: 'retitle', id: 'int-police', title: 'Aangifte' } }),
    ).document;
    const id = document.suggestions[0]!.id;
    expect(() => applyOperation(document, declineSuggestion(document, id, '  '))).toThrow(/reden|reason/);
    const declined = applyOperation(document, declineSuggestion(document, id, 'Valt buiten dit plan.', NOW)).document;
    expect(declined.suggestions[0]).toMatchObject({ status: 'declined', decision: { reason: 'Valt buiten dit plan.' } });
    expect(() => acceptSuggestion(declined, id)).toThrow(/al beslist|decided/);
    const removed = applyOperation(document, { type: 'removeNode', id: 'int-police' }).document;
    expect(() => acceptSuggestion(removed, id)).toThrow(OperationError);
  });

  it('refuses a new card whose connections do not join it to the plan, or reuse an id', () => {
    const document = plan();
    const node = createNode('indicator', { id: 'ind-x', title: 'Nieuw' });
    const suggest = (edges: { id: string; source: string; target: string }[]) => () =>
      applyOperation(
        document,
        suggestOperation(document, {
          author: femke,
          proposal: { type: 'addNode', node, edges: edges.map((edge) => ({ ...edge, kind: 'measures' as const, rationale: '' })) },
        }),
      );
    expect(suggest([{ id: 'e-x', source: 'ind-1', target: 'goal-1' }])).toThrow(OperationError);
    expect(suggest([{ id: 'e-x', source: 'ind-x', target: 'nowhere' }])).toThrow(/nowhere/);
    expect(suggest([{ id: 'e1', source: 'ind-x', target: 'goal-1' }])).toThrow(/e1/);
    expect(
      suggest([
        { id: 'e-x', source: 'ind-x', target: 'goal-1' },
        { id: 'e-x', source: 'ind-x', target: 'out-1' },
      ]),
    ).toThrow(/e-x/);
    expect(suggest([{ id: 'e-x', source: 'ind-x', target: 'goal-1' }])).not.toThrow();
  });

  it('refuses targets for what is not an indicator, and a card id already in use', () => {
    const document = plan();
    expect(() =>
      applyOperation(document, suggestOperation(document, { author: femke, proposal: { type: 'setTargets', id: 'goal-1', targets: [] } })),
    ).toThrow(/indicator/);
    expect(() =>
      applyOperation(
        document,
        suggestOperation(document, {
          author: femke,
          proposal: { type: 'addNode', node: createNode('goal', { id: 'goal-1', title: 'x' }), edges: [] },
        }),
      ),
    ).toThrow(/goal-1/);
  });
});

describe('review rounds and adoption', () => {
  it('a round puts the plan in review and counts who responded', () => {
    const history = new History(plan());
    history.apply(
      startReviewRound(
        history.document,
        { title: 'Consultatie', deadline: '2026-03-29', partners: [{ actor: 'ggd' }, { actor: 'police', scope: 'own' }] },
        NOW,
      ),
    );
    const round = history.document.reviews[0]!;
    expect(history.document.status).toBe('review');
    history.apply(commentOperation(history.document, { author: femke, text: 'Geen opmerkingen.', round: round.id }, NOW));
    expect(reviewResponses(history.document, round.id).map((r) => [r.name, r.responded])).toEqual([
      ['GGD', true],
      ['Politie', false],
    ]);
  });

  it('a partner limited to its own interventions may respond to those and to the plan as a whole only', () => {
    const document = plan();
    expect(inReviewScope(document, 'police', 'own', { about: 'int-police' })).toBe(true);
    expect(inReviewScope(document, 'police', 'own', { about: undefined })).toBe(true);
    expect(inReviewScope(document, 'police', 'own', { about: 'int-ggd' })).toBe(false);
    expect(inReviewScope(document, 'police', 'own', { about: 'goal-1' })).toBe(false);
    expect(inReviewScope(document, 'police', 'own', { proposal: { type: 'retitle', id: 'int-ggd', title: 'x' } })).toBe(false);
    expect(inReviewScope(document, 'police', 'plan', { proposal: { type: 'retitle', id: 'int-ggd', title: 'x' } })).toBe(true);
  });

  it('adoption sets the status, closes open rounds and keeps a version of the plan as adopted, in one step', () => {
    const history = new History(plan());
    history.apply(startReviewRound(history.document, { title: 'Consultatie', deadline: '2026-03-29', partners: [{ actor: 'ggd' }] }, NOW));
    history.apply(commentOperation(history.document, { author: femke, text: 'Akkoord.' }, NOW));
    history.apply(adoptPlan(history.document, { date: '2026-06-25', body: 'council', reference: 'RB 2026-41' }, NOW));
    const document = history.document;
    expect(document.status).toBe('adopted');
    expect(document.reviews[0]!.closed).toBe(true);
    const version = document.versions.at(-1)!;
    expect(version.name).toBe('Vastgesteld 2026-06-25');
    const adopted = versionPlan(document, version.id)!;
    expect(adopted.status).toBe('adopted');
    expect(adopted.adoption).toEqual({ date: '2026-06-25', body: 'council', reference: 'RB 2026-41' });
    // A version keeps what the plan said, not the conversation around it.
    expect(adopted.comments).toEqual([]);
    history.undo();
    expect(history.document.status).toBe('review');
    expect(history.document.versions).toEqual([]);
  });
});

describe('the file and the room', () => {
  function reviewed(): Document {
    const history = new History(plan());
    history.apply(startReviewRound(history.document, { title: 'Consultatie', deadline: '2026-03-29', partners: [{ actor: 'ggd' }] }, NOW));
    const round = history.document.reviews[0]!.id;
    history.apply(commentOperation(history.document, { about: 'int-ggd', author: femke, text: 'Wie betaalt?', round }, NOW));
    history.apply(replyOperation(history.document, history.document.comments[0]!.id, { author: owner, text: 'De gemeente.' }, NOW));
    history.apply(
      suggestOperation(history.document, { author: femke, proposal: { type: 'retitle', id: 'int-ggd', title: 'Nieuw' }, round }, NOW),
    );
    history.apply(declineSuggestion(history.document, history.document.suggestions[0]!.id, 'Titel is bewust kort.', NOW));
    history.apply(adoptPlan(history.document, { date: '2026-06-25', body: 'college' }, NOW));
    return history.document;
  }

  it('survives a round trip through the file', () => {
    const document = reviewed();
    const read = parseDocument(serializeDocument(document));
    expect(read.ok && read.document).toEqual(document);
    expect(validate(document).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('survives a round trip through the room, and two people commenting at once both keep their words', () => {
    const document = reviewed();
    const a = new Y.Doc();
    const b = new Y.Doc();
    const sharedA = new SharedDocument(a, { voter: 'a' });
    const sharedB = new SharedDocument(b, { voter: 'b' });
    sharedA.load(document);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(sharedB.read()).toEqual(document);
    // Offline at the same time: each writer replies in the same thread and starts a thread.
    const thread = document.comments[0]!.id;
    const write = (shared: SharedDocument, who: string) => {
      const before = shared.read();
      let after = applyOperation(
        before,
        replyOperation(before, thread, { author: { name: who }, text: `antwoord van ${who}` }, NOW),
      ).document;
      after = applyOperation(after, commentOperation(after, { author: { name: who }, text: `nieuw van ${who}` }, NOW)).document;
      shared.commit(diffDocument(before, after), after);
    };
    write(sharedA, 'Anna');
    write(sharedB, 'Bram');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = sharedA.read();
    expect(sharedB.read()).toEqual(merged);
    expect(merged.comments.map((c) => c.text)).toEqual(
      expect.arrayContaining(['antwoord van Anna', 'antwoord van Bram', 'nieuw van Anna', 'nieuw van Bram']),
    );
    expect(merged.comments.filter((c) => c.replyTo === thread)).toHaveLength(3);
  });
});

describe('the reactienota', () => {
  it('groups every comment and suggestion by partner, with the answer and the decision', () => {
    let document = plan();
    const add = (operation: Parameters<typeof applyOperation>[1]) => (document = applyOperation(document, operation).document);
    add(commentOperation(document, { about: 'int-ggd', author: femke, text: 'Wie betaalt?' }, NOW));
    add(replyOperation(document, document.comments[0]!.id, { author: owner, text: 'De gemeente.' }, NOW));
    add(
      suggestOperation(
        document,
        { author: { name: 'Jan', partner: 'police' }, proposal: { type: 'retitle', id: 'int-police', title: 'Aangifte doen' } },
        NOW,
      ),
    );
    add(
      suggestOperation(
        document,
        {
          author: { name: 'Jan', partner: 'police' },
          proposal: { type: 'connect', edge: { id: 'e-x', kind: 'leads-to', source: 'int-police', target: 'out-1', rationale: '' } },
        },
        NOW,
      ),
    );
    add(acceptSuggestion(document, document.suggestions[0]!.id, { reason: 'Duidelijker.' }));
    add(declineSuggestion(document, document.suggestions[1]!.id, 'Bestaat al.'));
    add(commentOperation(document, { author: { name: 'Inwoner' }, text: 'Mooi plan.' }, NOW));
    const nota = reactienota(document, { language: 'nl' });
    expect(nota.sections.map((section) => [section.partner, section.items.length])).toEqual([
      ['GGD', 1],
      ['Politie', 2],
      ['Overige reacties', 1],
    ]);
    expect(nota.sections[0]!.items[0]).toMatchObject({
      about: 'Interventie: Voorlichting op scholen',
      answer: 'Beleidsmedewerker: De gemeente.',
    });
    expect(nota.sections[1]!.items.map((item) => [item.outcome, item.answer])).toEqual([
      ['Overgenomen in het plan', 'Duidelijker.'],
      ['Niet overgenomen', 'Bestaat al.'],
    ]);
    expect(nota.sections[1]!.items[0]!.text).toContain('Nieuwe titel: "Aangifte doen"');
    expect(nota.summary).toBe('2 reacties en 2 voorstellen: 1 overgenomen, 1 niet overgenomen, 0 nog open.');
    expect(reactienota(document, { language: 'en' }).sections[1]!.items[1]!.outcome).toBe('Declined');
  });
});

describe('review operations as they travel', () => {
  it('a comment, a suggestion and a round pass the operation message format, and a hostile one is refused with where', async () => {
    const { readOperationMessage } = await import('../edit/operation-schema.js');
    let document = plan();
    const operations = [
      startReviewRound(document, { title: 'Ronde', deadline: '2026-03-29', partners: [{ actor: 'ggd' }] }, NOW),
      commentOperation(document, { about: 'int-ggd', author: femke, text: 'Vraag' }, NOW),
      suggestOperation(document, { author: femke, proposal: { type: 'retitle', id: 'int-ggd', title: 'Nieuw' } }, NOW),
    ];
    for (const operation of operations) {
      const read = readOperationMessage(JSON.parse(JSON.stringify({ version: 1, operation })));
      expect(read.ok).toBe(true);
      if (read.ok) document = applyOperation(document, read.operation).document;
    }
    expect([document.reviews.length, document.comments.length, document.suggestions.length]).toEqual([1, 1, 1]);
    const hostile = readOperationMessage({ version: 1, operation: { type: 'addComment', comment: { id: 'x', text: 'y' }, extra: 1 } });
    expect(hostile.ok).toBe(false);
    // What the message format lets through, the plan's own schema still checks, saying where.
    const bad = { type: 'addSuggestion', suggestion: { id: 's-x', author: femke, created: 'gisteren', proposal: { type: 'retitle' } } };
    expect(() => applyOperation(document, bad as never)).toThrow(
      expect.objectContaining({ path: expect.stringMatching(/^\/suggestions\/1\//) }),
    );
  });
});

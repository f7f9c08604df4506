import { bilingual } from '../i18n/localized.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../model/schema.js';
import { parseDocument } from '../format/parse.js';
import { serializeDocument } from '../format/serialize.js';
import { createActor, createNode } from '../model/factory.js';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary.js';
import { edgeKindFor } from '../model/connections.js';
import { build } from '../test-support/build.js';
import { History } from './history.js';
import type { Operation } from './operation.js';
import { OperationError } from './operation-error.js';
import type { Document } from '../model/schema.js';

describe('History', () => {
  it('undoes and redoes, with labels for the toolbar', () => {
    const history = new History(build([['goal', 'g']]));
    history.apply({ type: 'updateNode', id: 'g', changes: { title: 'Veilig uitgaan' } });
    expect(history.undoLabel?.nl).toBe('kaart wijzigen');
    expect(history.undo()).toBe(true);
    expect(history.document.nodes[0]!.title).toBe('g');
    expect(history.redo()).toBe(true);
    expect(history.document.nodes[0]!.title).toBe('Veilig uitgaan');
    expect(history.redo()).toBe(false);
  });

  it('keeps a change made with record: false out of undo, and undo skips over it', () => {
    const history = new History(build([['goal', 'g']]));
    history.apply({ type: 'updateNode', id: 'g', changes: { title: 'Veilig uitgaan' } });
    history.apply({ type: 'updateWorkshop', changes: { step: 'goals' } }, { record: false });
    expect(history.undoDepth).toBe(1);
    expect(history.document.workshop?.step).toBe('goals');
    history.undo();
    // The content is undone; the step stays where the facilitator put it.
    expect(history.document.nodes[0]!.title).toBe('g');
    expect(history.document.workshop?.step).toBe('goals');
    history.redo();
    expect(history.document.nodes[0]!.title).toBe('Veilig uitgaan');
  });

  it('merges a step into the previous one with the same key however long ago, when asked (a capture and its layout)', () => {
    let now = 0;
    const history = new History(build([['goal', 'g']]), { now: () => now });
    history.apply(
      { type: 'updateNode', id: 'g', changes: { title: 'Een' } },
      { coalesce: 'capture:1', label: bilingual('snel invoeren', 'quick capture') },
    );
    now += 5_000;
    history.apply({ type: 'setPositions', positions: { g: { x: 10, y: 20 } } }, { coalesce: 'capture:1', coalesceMs: Infinity });
    expect(history.undoDepth).toBe(1);
    expect(history.undoLabel?.nl).toBe('snel invoeren');
    history.undo();
    expect(history.document.nodes[0]!.title).toBe('g');
    expect(history.document.layout?.positions.g).toBeUndefined();
  });

  it('coalesces rapid typing in one field into one step, but not slow edits', () => {
    let now = 0;
    const history = new History(build([['goal', 'g']]), { now: () => now });
    for (const title of ['V', 'Ve', 'Vei', 'Veil']) {
      now += 200;
      history.apply({ type: 'updateNode', id: 'g', changes: { title } }, { coalesce: 'g:title' });
    }
    now += 5_000;
    history.apply({ type: 'updateNode', id: 'g', changes: { title: 'Veilig' } }, { coalesce: 'g:title' });
    expect(history.undoDepth).toBe(2);
    history.undo();
    expect(history.document.nodes[0]!.title).toBe('Veil');
    history.undo();
    expect(history.document.nodes[0]!.title).toBe('g');
  });

  it('keeps at most `depth` steps', () => {
    const history = new History(build([['goal', 'g']]), { depth: 3 });
    for (let i = 0; i < 10; i++) history.apply({ type: 'updateNode', id: 'g', changes: { title: `t${i}` } });
    expect(history.undoDepth).toBe(3);
  });

  it('a new edit clears redo; a failed edit changes nothing', () => {
    const history = new History(build([['goal', 'g']]));
    history.apply({ type: 'updateNode', id: 'g', changes: { title: 'a' } });
    history.undo();
    history.apply({ type: 'updateNode', id: 'g', changes: { title: 'b' } });
    expect(history.canRedo).toBe(false);
    const before = history.document;
    expect(() => history.apply({ type: 'removeNode', id: 'nope' })).toThrow(OperationError);
    expect(history.document).toBe(before);
    expect(history.undoDepth).toBe(1);
  });

  it('tells listeners about every change with what changed, by id', () => {
    const history = new History(build([['goal', 'g']]));
    const causes: string[] = [];
    const stop = history.subscribe((change) => causes.push(`${change.cause}:${change.changes.length}`));
    history.apply({ type: 'updateNode', id: 'g', changes: { title: 'x' } });
    history.undo();
    stop();
    history.redo();
    expect(causes).toEqual(['apply:1', 'undo:1']);
  });
});

describe('History with more than one writer', () => {
  const three = () =>
    build([
      ['goal', 'a'],
      ['outcome', 'b'],
      ['outcome', 'c'],
    ]);

  it("undoes this writer's edit of card c after another writer inserted a card before it", () => {
    const mine = new History(three());
    mine.apply({ type: 'updateNode', id: 'c', changes: { title: 'Mijn titel' } });
    // Another writer's card arrives at the front of the list (in a room it comes through the shared document).
    const theirs = { ...mine.document, nodes: [{ ...mine.document.nodes[1]!, id: 'x', title: 'Van een ander' }, ...mine.document.nodes] };
    mine.receive(theirs);
    expect(mine.undo()).toBe(true);
    const titles = Object.fromEntries(mine.document.nodes.map((n) => [n.id, n.title]));
    expect(titles).toEqual({ x: 'Van een ander', a: 'a', b: 'b', c: 'c' });
    mine.redo();
    expect(mine.document.nodes.find((n) => n.id === 'c')!.title).toBe('Mijn titel');
    expect(mine.document.nodes.find((n) => n.id === 'b')!.title).toBe('b');
  });

  it("never undoes another writer's change: a field they changed since stays theirs", () => {
    const mine = new History(three());
    mine.apply({ type: 'updateNode', id: 'b', changes: { title: 'Mijn' } });
    const theirs = { ...mine.document, nodes: mine.document.nodes.map((n) => (n.id === 'b' ? { ...n, title: 'Van hen' } : n)) };
    mine.receive(theirs);
    mine.undo();
    expect(mine.document.nodes.find((n) => n.id === 'b')!.title).toBe('Van hen');
    // Their change to another field of the same card survives my undo of mine.
    mine.apply({ type: 'updateNode', id: 'c', changes: { title: 'C2' } });
    mine.receive({ ...mine.document, nodes: mine.document.nodes.map((n) => (n.id === 'c' ? { ...n, description: 'uitleg' } : n)) });
    mine.undo();
    const c = mine.document.nodes.find((n) => n.id === 'c')!;
    expect([c.title, c.description]).toEqual(['c', 'uitleg']);
  });

  it('undoes one tick of a partner without dropping the tick another writer made meanwhile', () => {
    const base = build([['intervention', 'i']]);
    const start = { ...base, actors: [createActor({ id: 'p1', name: 'GGD' }), createActor({ id: 'p2', name: 'Politie' })] };
    const mine = new History(start);
    mine.apply({ type: 'updateNode', id: 'i', changes: { actors: ['p1'] } });
    mine.receive({ ...mine.document, nodes: mine.document.nodes.map((n) => ({ ...n, actors: ['p1', 'p2'] })) });
    mine.undo();
    expect((mine.document.nodes[0] as { actors: string[] }).actors).toEqual(['p2']);
  });

  it('undo of a card that another writer connected to meanwhile drops their connection too (nothing dangles)', () => {
    const mine = new History(three());
    mine.apply({ type: 'addNode', node: createNode('intervention', { id: 'i', title: 'Training' }) });
    const edge = { id: 'e-i-b', kind: edgeKindFor('intervention', 'outcome')!, source: 'i', target: 'b', rationale: '' };
    mine.receive({ ...mine.document, edges: [...mine.document.edges, edge] });
    mine.undo();
    expect(mine.document.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(mine.document.edges.some((e) => e.source === 'i' || e.target === 'i')).toBe(false);
    expect(DocumentSchema.safeParse(mine.document).success).toBe(true);
  });
});

// ---- property: random edit sequences ----

type Intent =
  | { t: 'add'; kind: NodeKind; title: string }
  | { t: 'update'; pick: number; title: string }
  | { t: 'remove'; pick: number }
  | { t: 'connect'; a: number; b: number }
  | { t: 'disconnect'; pick: number }
  | { t: 'actor'; name: string }
  | { t: 'assign'; pick: number; actor: number }
  | { t: 'removeActor'; pick: number }
  | { t: 'move'; pick: number; x: number; y: number }
  | { t: 'vote'; pick: number; votes: number };

const intent: fc.Arbitrary<Intent> = fc.oneof(
  fc.record({ t: fc.constant('add' as const), kind: fc.constantFrom(...NODE_KINDS.values), title: fc.string({ maxLength: 20 }) }),
  fc.record({ t: fc.constant('update' as const), pick: fc.nat(), title: fc.string({ maxLength: 20 }) }),
  fc.record({ t: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ t: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ t: fc.constant('disconnect' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('actor' as const), name: fc.string({ minLength: 1, maxLength: 10 }) }),
  fc.record({ t: fc.constant('assign' as const), pick: fc.nat(), actor: fc.nat() }),
  fc.record({ t: fc.constant('removeActor' as const), pick: fc.nat() }),
  fc.record({
    t: fc.constant('move' as const),
    pick: fc.nat(),
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
  }),
  fc.record({ t: fc.constant('vote' as const), pick: fc.nat(), votes: fc.nat({ max: 20 }) }),
);

function toOperation(doc: Document, intent: Intent, step: number): Operation | undefined {
  const pick = <T>(list: readonly T[], n: number) => (list.length === 0 ? undefined : list[n % list.length]);
  switch (intent.t) {
    case 'add':
      return { type: 'addNode', node: createNode(intent.kind, { id: `n${step}`, title: intent.title }) };
    case 'update': {
      const node = pick(doc.nodes, intent.pick);
      return node && { type: 'updateNode', id: node.id, changes: { title: intent.title } };
    }
    case 'remove': {
      const node = pick(doc.nodes, intent.pick);
      return node && { type: 'removeNode', id: node.id };
    }
    case 'connect': {
      const a = pick(doc.nodes, intent.a);
      // Mostly pick a target the model allows, so nodes gather several edges.
      const allowed = a ? doc.nodes.filter((n) => edgeKindFor(a.kind, n.kind)) : [];
      const b = intent.b % 4 === 0 || allowed.length === 0 ? pick(doc.nodes, intent.b) : pick(allowed, intent.b);
      if (!a || !b) return undefined;
      return {
        type: 'connect',
        edge: { id: `e${step}`, kind: edgeKindFor(a.kind, b.kind) ?? 'leads-to', source: a.id, target: b.id, rationale: '' },
      };
    }
    case 'disconnect': {
      const edge = pick(doc.edges, intent.pick);
      return edge && { type: 'disconnect', id: edge.id };
    }
    case 'actor':
      return { type: 'addActor', actor: createActor({ id: `a${step}`, name: intent.name }) };
    case 'assign': {
      const node = pick(
        doc.nodes.filter((n) => n.kind === 'intervention'),
        intent.pick,
      );
      const actor = pick(doc.actors, intent.actor);
      if (!node || !actor || node.kind !== 'intervention' || node.actors.includes(actor.id)) return undefined;
      return { type: 'updateNode', id: node.id, changes: { actors: [...node.actors, actor.id] } };
    }
    case 'removeActor': {
      const actor = pick(doc.actors, intent.pick);
      return actor && { type: 'removeActor', id: actor.id };
    }
    case 'move': {
      const node = pick(doc.nodes, intent.pick);
      return node && { type: 'setPositions', positions: { [node.id]: { x: intent.x, y: intent.y } } };
    }
    case 'vote': {
      const node = pick(doc.nodes, intent.pick);
      return node && { type: 'setVotes', id: node.id, votes: intent.votes };
    }
  }
}

describe('History (property)', () => {
  it('for any sequence of operations: every state parses, undo-all restores the start, redo-all the end', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 60 }), fc.boolean(), (intents, coalesce) => {
        const start = build(
          [
            ['intervention', 'i'],
            ['intervention', 'j'],
            ['mechanism', 'm'],
            ['outcome', 'o'],
            ['goal', 'g'],
            ['indicator', 'k'],
          ],
          [
            ['i', 'm'],
            ['j', 'm'],
            ['m', 'o'],
            ['o', 'g'],
            ['k', 'g'],
            ['k', 'o'],
          ],
        );
        const history = new History(start, { now: () => 0 });
        const states: Document[] = [start];
        intents.forEach((it, step) => {
          const op = toOperation(history.document, it, step);
          if (!op) return;
          try {
            history.apply(op, coalesce && op.type === 'updateNode' ? { coalesce: `${op.id}:title` } : {});
          } catch (error) {
            if (!(error instanceof OperationError)) throw error;
            return;
          }
          expect(DocumentSchema.safeParse(history.document).success).toBe(true);
          // What is saved reads back as the same document.
          const reread = parseDocument(serializeDocument(history.document));
          expect(reread.ok && reread.document).toEqual(history.document);
          states.push(history.document);
        });
        const end = history.document;
        while (history.undo()) expect(DocumentSchema.safeParse(history.document).success).toBe(true);
        expect(history.document).toEqual(start);
        while (history.redo());
        expect(history.document).toEqual(end);
      }),
      { numRuns: 300 },
    );
  });
});

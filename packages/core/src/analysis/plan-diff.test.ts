import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../edit/apply.js';
import { canConnect } from '../edit/can-connect.js';
import { OperationError } from '../edit/operation-error.js';
import type { Operation } from '../edit/operation.js';
import { createNode } from '../model/factory.js';
import type { Document } from '../model/schema.js';
import { NODE_KINDS } from '../model/vocabulary.js';
import { getTemplate } from '../templates/index.js';
import { strategyPlan } from '../testing/plans.js';
import { formatPlanDiff, planDiff } from './plan-diff.js';

type Pick = { op: number; a: number; b: number; text: string };

/** A plausible operation on `document`, chosen by the numbers in `pick`. */
function operationFor(document: Document, { op, a, b, text }: Pick, counter: number): Operation | undefined {
  const node = document.nodes[a % Math.max(1, document.nodes.length)];
  const other = document.nodes[b % Math.max(1, document.nodes.length)];
  const edge = document.edges[a % Math.max(1, document.edges.length)];
  const actor = document.actors[b % Math.max(1, document.actors.length)];
  const group = document.groups[b % Math.max(1, document.groups.length)];
  switch (op % 11) {
    case 0:
      return { type: 'addNode', node: createNode(NODE_KINDS.values[a % NODE_KINDS.values.length]!, { id: `new-${counter}`, title: text }) };
    case 1:
      return node && { type: 'updateNode', id: node.id, changes: { title: `${node.title}${text}!` } };
    case 2:
      return node && { type: 'updateNode', id: node.id, changes: { description: text } };
    case 3:
      return node && { type: 'removeNode', id: node.id };
    case 4:
      return node && other && canConnect(document, node.id, other.id).ok
        ? { type: 'connect', edge: { id: `edge-${counter}`, kind: 'leads-to', source: node.id, target: other.id, rationale: '' } }
        : undefined;
    case 5:
      return edge && { type: 'disconnect', id: edge.id };
    case 6:
      return { type: 'addActor', actor: { id: `partner-${counter}`, name: text || 'P', domain: 'other', contact: '', offer: '' } };
    case 7:
      return actor && { type: 'removeActor', id: actor.id };
    case 8:
      return node?.kind === 'intervention' && actor ? { type: 'addToNode', id: node.id, field: 'actors', value: actor.id } : undefined;
    case 9:
      return node && group && node.kind !== 'goal' && node.kind !== 'assumption'
        ? { type: 'updateNode', id: node.id, changes: { group: group.id } }
        : undefined;
    default:
      return node && { type: 'updateNode', id: node.id, changes: { tags: [text || 'x'] } };
  }
}

/** Ids of nodes, edges and partners whose record differs between two documents (added, removed or changed). */
function changedIds(before: Document, after: Document): Set<string> {
  const ids = new Set<string>();
  for (const pick of [(d: Document) => d.nodes, (d: Document) => d.edges, (d: Document) => d.actors] as ((
    d: Document,
  ) => readonly { id: string }[])[]) {
    const a = new Map(pick(before).map((r) => [r.id, JSON.stringify(r)]));
    const b = new Map(pick(after).map((r) => [r.id, JSON.stringify(r)]));
    for (const id of new Set([...a.keys(), ...b.keys()])) if (a.get(id) !== b.get(id)) ids.add(id);
  }
  return ids;
}

function namedIds(diff: ReturnType<typeof planDiff>): Set<string> {
  const ids = new Set<string>();
  for (const list of Object.values(diff.cards)) for (const item of list) ids.add(item.id);
  for (const list of Object.values(diff.connections)) for (const item of list) ids.add(item.id);
  for (const item of diff.indicators) ids.add(item.id);
  for (const item of [...diff.partners.joined, ...diff.partners.left]) ids.add(item.id);
  for (const path of diff.other) if (/^(actors|edges)\//.test(path)) ids.add(path.slice(path.indexOf('/') + 1));
  return ids;
}

describe('planDiff', () => {
  it('names exactly the cards, connections and partners that changed, by id (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.record({ op: fc.nat(), a: fc.nat(), b: fc.nat(), text: fc.string({ maxLength: 6 }) }), { maxLength: 25 }),
        (seed, picks) => {
          const start = strategyPlan(seed);
          let document = start;
          picks.forEach((pick, i) => {
            const operation = operationFor(document, pick, i);
            if (!operation) return;
            try {
              document = applyOperation(document, operation).document;
            } catch (error) {
              if (!(error instanceof OperationError)) throw error;
            }
          });
          const diff = planDiff(start, document);
          expect([...namedIds(diff)].sort()).toEqual([...changedIds(start, document)].sort());
          expect(diff.changed).toBe(changedIds(start, document).size > 0 || diff.other.length > 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is empty when only the layout changed (places, pins, direction)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ a: fc.nat(), x: fc.integer({ min: -3000, max: 3000 }), y: fc.integer({ min: -3000, max: 3000 }), pin: fc.boolean() }),
          { maxLength: 20 },
        ),
        (moves) => {
          const start = strategyPlan(2);
          let document = start;
          for (const { a, x, y, pin } of moves) {
            const id = document.nodes[a % document.nodes.length]!.id;
            document = applyOperation(
              document,
              pin ? { type: 'pinNode', id, pinned: true, at: { x, y } } : { type: 'moveNodes', positions: { [id]: { x, y } } },
            ).document;
          }
          document = applyOperation(document, { type: 'setPositions', positions: {}, direction: 'LR' }).document;
          const diff = planDiff(start, document);
          expect(diff.changed).toBe(false);
          expect(formatPlanDiff(diff, 'nl')).toMatch(/Geen inhoudelijke wijzigingen/);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('tells a policy officer what changed in the worked example, in Dutch and English', () => {
    const adopted = getTemplate('voorbeeldregio')!.create();
    const intervention = adopted.nodes.find((node) => node.kind === 'intervention')!;
    const indicator = adopted.nodes.find((node) => node.kind === 'indicator')!;
    const edge = adopted.edges[0]!;
    let current = applyOperation(adopted, { type: 'updateNode', id: intervention.id, changes: { title: 'Lespakket, vernieuwd' } }).document;
    current = applyOperation(current, {
      type: 'updateNode',
      id: indicator.id,
      changes: { targets: [{ value: 42, date: '2028-12-31' }] },
    }).document;
    current = applyOperation(current, { type: 'disconnect', id: edge.id }).document;
    current = applyOperation(current, {
      type: 'addActor',
      actor: { id: 'partner-bibliotheek', name: 'Bibliotheek', domain: 'education', contact: '', offer: '' },
    }).document;
    current = applyOperation(current, {
      type: 'addNode',
      node: createNode('intervention', { id: 'int-spreekuur', title: 'Spreekuur' }),
    }).document;
    const diff = planDiff(adopted, current);
    expect(diff.cards.retitled).toEqual([
      { id: intervention.id, kind: 'intervention', title: 'Lespakket, vernieuwd', from: intervention.title },
    ]);
    expect(diff.indicators.map((i) => [i.id, i.fields])).toEqual([[indicator.id, ['targets']]]);
    expect(diff.connections.removed.map((e) => e.id)).toEqual([edge.id]);
    expect(diff.partners.joined).toEqual([{ id: 'partner-bibliotheek', name: 'Bibliotheek' }]);
    expect(diff.cards.added.map((c) => c.id)).toEqual(['int-spreekuur']);
    const title = (id: string) => adopted.nodes.find((node) => node.id === id)?.title ?? id;
    const nl = formatPlanDiff(diff, 'nl', title);
    expect(nl).toContain(`Kaarten hernoemd (1):\n  ~ "${intervention.title}" → "Lespakket, vernieuwd"`);
    expect(nl).toContain('Partners erbij (1):\n  + Bibliotheek (partner-bibliotheek)');
    expect(nl).toContain(`- "${title(edge.source)}" → "${title(edge.target)}" (${edge.id})`);
    expect(formatPlanDiff(diff, 'en', title)).toContain('Indicators with new measurements, a new baseline or target (1):');
  });

  it('names changes outside the cards in words, never as a raw path', () => {
    const before = getTemplate('voorbeeldregio')!.create();
    const first = before.nodes.find((node) => node.kind === 'intervention')!.id;
    const after = applyOperation(before, {
      type: 'batch',
      operations: [
        { type: 'vote', id: first, delta: 2 },
        { type: 'updateDocument', changes: { scope: { period: { start: 2026, end: 2029 } }, topic: 'algemeen' } },
        { type: 'removeTargetGroup', id: before.targetGroups[0]!.id },
      ],
    }).document;
    const text = formatPlanDiff(planDiff(before, after), 'nl');
    expect(text).toContain('~ stemmen van de werksessie');
    expect(text).toContain('~ looptijd');
    expect(text).toContain('~ onderwerp');
    expect(text).not.toMatch(/workshop\.|scope\.|~ [a-z]+\.[a-z]/);
    expect(formatPlanDiff(planDiff(before, after), 'en')).toContain('~ workshop votes');
  });
});

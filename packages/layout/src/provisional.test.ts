import { describe, expect, it } from 'vitest';
import { applyOperation, getTemplate, type Document } from '@veranderlogica/core';
import { captureOperations } from '@veranderlogica/core/workshop';
import { freePosition, provisionalPosition } from './provisional.js';

/** A blank plan with two interventions in a row at y = 500 and a goal at y = 0. */
function plan(): Document {
  let doc = getTemplate('blank')!.create();
  const interventions = captureOperations(doc, 'intervention', 'Een\nTwee', { x: 0, y: 500 });
  doc = applyOperation(doc, { type: 'batch', operations: interventions.operations }).document;
  const goal = captureOperations(doc, 'goal', 'Doel', { x: 100, y: 0 });
  return applyOperation(doc, { type: 'batch', operations: goal.operations }).document;
}

describe('where a captured card goes first', () => {
  it('joins the row of its kind, right of the cards there', () => {
    expect(provisionalPosition(plan(), 'intervention')).toEqual({ x: 260 + 260, y: 500 });
    expect(provisionalPosition(plan(), 'goal')).toEqual({ x: 100 + 260, y: 0 });
  });

  it('puts the first card of a kind below the plan, the first goal above it; an empty plan starts at the origin', () => {
    expect(provisionalPosition(plan(), 'mechanism')).toEqual({ x: 0, y: 500 + 240 });
    const withoutGoal: Document = { ...plan(), nodes: plan().nodes.filter((n) => n.kind !== 'goal') };
    expect(provisionalPosition(withoutGoal, 'goal').y).toBeLessThan(0);
    expect(provisionalPosition(getTemplate('blank')!.create(), 'goal')).toEqual({ x: 0, y: 0 });
  });
});

describe('cards called like Object.prototype members', () => {
  it('count as placed only with a place of their own', () => {
    const base = plan();
    // An intervention called `valueOf`, without a saved place: a plain object answers to that name too.
    const doc: Document = {
      ...base,
      nodes: [...base.nodes, { ...base.nodes.find((node) => node.kind === 'intervention')!, id: 'valueOf', title: 'Zonder plek' }],
    };
    expect(provisionalPosition(doc, 'intervention')).toEqual(provisionalPosition(base, 'intervention'));
    const free = freePosition(doc, { x: 0, y: 500 }, 'intervention');
    expect(Number.isFinite(free.x) && Number.isFinite(free.y)).toBe(true);
  });
});

describe('where a card added with a key or in the list goes', () => {
  const overlaps = (doc: Document, at: { x: number; y: number }) =>
    Object.values(doc.layout?.positions ?? {}).some((p) => Math.abs(p.x - at.x) < 240 && Math.abs(p.y - at.y) < 92);

  it('lands in free space in the row of its kind, nearest the point asked for', () => {
    const doc = plan();
    // Asked for right on top of the first intervention: it goes beside the two, in their row.
    const at = freePosition(doc, { x: 0, y: 500 }, 'intervention');
    expect(at.y).toBe(500);
    expect(overlaps(doc, at)).toBe(false);
    expect(Math.abs(at.x)).toBeLessThanOrEqual(520);
    // A kind without cards starts where capture would start it, free too.
    const mechanism = freePosition(doc, { x: 0, y: 0 }, 'mechanism');
    expect(mechanism.y).toBe(500 + 240);
  });

  it('keeps its height without a kind, moving sideways only off the cards it would cover', () => {
    const doc = plan();
    expect(freePosition(doc, { x: 1000, y: 300 })).toEqual({ x: 1000, y: 300 });
    const moved = freePosition(doc, { x: 130, y: 500 });
    expect(moved.y).toBe(500);
    expect(overlaps(doc, moved)).toBe(false);
  });

  it('finds free space in a full row of 300 cards', () => {
    let doc = getTemplate('blank')!.create();
    const many = captureOperations(doc, 'intervention', Array.from({ length: 200 }, (_, i) => `Kaart ${i}`).join('\n'), { x: 0, y: 0 });
    doc = applyOperation(doc, { type: 'batch', operations: many.operations }).document;
    const at = freePosition(doc, { x: 13_000, y: 0 }, 'intervention');
    expect(overlaps(doc, at)).toBe(false);
  });
});

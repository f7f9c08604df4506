import { describe, expect, it } from 'vitest';
import { applyOperation, captureOperations, getTemplate, type Document } from '@veranderlogica/core';
import { provisionalPosition } from './provisional.js';

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

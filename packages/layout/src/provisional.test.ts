import { describe, expect, it } from 'vitest';
import { getTemplate } from '@veranderlogica/core';
import { provisionalPosition } from './provisional.js';

describe('where a captured card goes first', () => {
  const example = getTemplate('voorbeeldregio')!.create();
  const positions = example.layout!.positions;

  it('joins the row of its kind, right of the cards there', () => {
    const goals = example.nodes.filter((n) => n.kind === 'goal').map((n) => positions[n.id]!);
    const at = provisionalPosition(example, 'goal');
    expect(at.x).toBeGreaterThan(Math.max(...goals.map((p) => p.x)));
  });

  it('puts the first goal above the plan and the first card of another kind below it; an empty plan starts at the origin', () => {
    const onlyInterventions = { ...example, nodes: example.nodes.filter((n) => n.kind === 'intervention') };
    const ys = onlyInterventions.nodes.map((n) => positions[n.id]!.y);
    expect(provisionalPosition(onlyInterventions, 'goal').y).toBeLessThan(Math.min(...Object.values(positions).map((p) => p.y)));
    expect(provisionalPosition(onlyInterventions, 'mechanism').y).toBeGreaterThan(Math.min(...ys));
    expect(provisionalPosition(getTemplate('blank')!.create(), 'goal')).toEqual({ x: 0, y: 0 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.js';
import { strategyPlan } from '../testing/plans.js';
import { syntheticDocument } from '../testing/synthetic.js';
import { validate } from '../validate/validate.js';
import { chainsToGoal } from './chains.js';
import { focusedPart, goalGroups, partOfDocument } from './focus.js';

describe('focusedPart', () => {
  const plan = strategyPlan(2);
  const goal = plan.nodes.find((node) => node.kind === 'goal')!.id;

  it('selects the whole plan without a goal or a group', () => {
    const part = focusedPart(plan, {});
    expect(part.nodes.size).toBe(plan.nodes.length);
    expect(part.edges.size).toBe(plan.edges.length);
  });

  it("selects a goal's chains with the indicators and assumptions attached to them", () => {
    const part = focusedPart(plan, { goal });
    const chains = chainsToGoal(plan, goal);
    for (const id of chains.nodes) expect(part.nodes.has(id)).toBe(true);
    const kinds = new Set([...part.nodes].map((id) => plan.nodes.find((node) => node.id === id)!.kind));
    expect(kinds).toEqual(new Set(['intervention', 'mechanism', 'outcome', 'goal', 'indicator', 'assumption']));
    // Every measures/underlies connection in the part ends on a card of the chains.
    for (const edge of plan.edges)
      if (part.edges.has(edge.id)) expect(part.nodes.has(edge.target) && part.nodes.has(edge.source)).toBe(true);
  });

  it("selects one group's interventions and what they lead to, and nothing of another group's interventions", () => {
    const group = plan.groups[0]!.id;
    const part = focusedPart(plan, { goal, group });
    const interventions = plan.nodes.filter((node) => node.kind === 'intervention' && part.nodes.has(node.id));
    expect(interventions.length).toBeGreaterThan(0);
    for (const node of interventions) expect('group' in node && node.group).toBe(group);
    expect(part.nodes.has(goal)).toBe(true);
    expect(part.nodes.size).toBeLessThan(focusedPart(plan, { goal }).nodes.size);
  });

  it('selects nothing for a goal that does not exist', () => {
    expect(focusedPart(plan, { goal: 'no-such-goal' }).nodes.size).toBe(0);
  });

  it('makes a valid document of the part, without pins', () => {
    const pinned = {
      ...plan,
      layout: { direction: 'BT' as const, positions: Object.fromEntries(plan.nodes.map((n, i) => [n.id, { x: i, y: i, pinned: true }])) },
    };
    const part = partOfDocument(pinned, focusedPart(pinned, { goal }));
    expect(validate(part).filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(Object.values(part.layout!.positions).some((position) => position.pinned)).toBe(false);
    expect(Object.keys(part.layout!.positions).length).toBe(part.nodes.length);
  });

  it('never keeps a connection whose ends are not both in the part, on any graph', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 5, max: 60 }), (seed, size) => {
        const doc = syntheticDocument(size, seed);
        for (const goal of doc.nodes.filter((node) => node.kind === 'goal').slice(0, 3)) {
          const part = partOfDocument(doc, focusedPart(doc, { goal: goal.id }));
          const ids = new Set(part.nodes.map((node) => node.id));
          for (const edge of part.edges) if (!ids.has(edge.source) || !ids.has(edge.target)) return false;
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it("selects in the example region every intervention with a chain to the goal, and no card of another goal's chains alone", () => {
    const doc = getTemplate('voorbeeldregio')!.create();
    for (const goal of doc.nodes.filter((node) => node.kind === 'goal')) {
      const part = focusedPart(doc, { goal: goal.id });
      const chains = chainsToGoal(doc, goal.id);
      const causal = [...part.nodes].filter((id) => {
        const kind = doc.nodes.find((node) => node.id === id)!.kind;
        return kind !== 'indicator' && kind !== 'assumption';
      });
      expect(new Set(causal)).toEqual(new Set([...chains.nodes, goal.id]));
    }
  });

  it("lists the groups of a goal's interventions once each, and null for interventions in no group", () => {
    const groups = goalGroups(plan, goal);
    expect(groups).toEqual(plan.groups.map((group) => group.id).filter((id) => groups.includes(id)));
    expect(groups.length).toBeGreaterThanOrEqual(5);
    const ungrouped = { ...plan, nodes: plan.nodes.map((node) => (node.kind === 'intervention' ? { ...node, group: undefined } : node)) };
    expect(goalGroups(ungrouped, goal)).toEqual([null]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyOperation, getTemplate, validate } from '@veranderlogica/core';
import { createFlowMapper, fallbackPositions } from './to-flow.js';
import { CARD_BEFORE_MEASURED } from './card-size.js';

const example = getTemplate('voorbeeldregio')!.create();

describe('createFlowMapper', () => {
  it('maps every node and edge, with badges from the findings', () => {
    const toFlow = createFlowMapper();
    const broken = {
      ...example,
      edges: [...example.edges, { id: 'x', kind: 'leads-to' as const, source: 'doel-herstel', target: 'int-csg', rationale: '' }],
    };
    const { nodes, edges } = toFlow(broken, { findings: validate(broken), selected: new Set(['int-csg']) });
    expect(nodes).toHaveLength(example.nodes.length);
    expect(edges).toHaveLength(example.edges.length + 1);
    const csg = nodes.find((n) => n.id === 'int-csg')!;
    expect(csg.data.errors).toBeGreaterThan(0);
    expect(csg.selected).toBe(true);
  });

  it('returns the same object for an unchanged node after an edit elsewhere, a new one for the edited node', () => {
    const toFlow = createFlowMapper();
    const state = { findings: [], selected: new Set<string>() };
    const before = toFlow(example, state);
    const after = applyOperation(example, { type: 'updateNode', id: 'doel-herstel', changes: { title: 'Snel herstel' } }).document;
    const next = toFlow(after, state);
    const changed = next.nodes.filter((node, i) => node !== before.nodes[i]).map((node) => node.id);
    expect(changed).toEqual(['doel-herstel']);
    expect(next.edges.every((edge, i) => edge === before.edges[i])).toBe(true);
  });

  it('tells React Flow the likely size of a card not yet measured (drawn at once, not hidden), and the measured size after', () => {
    const toFlow = createFlowMapper();
    const first = toFlow(example, { findings: [], selected: new Set() });
    for (const node of first.nodes) {
      expect([node.initialWidth, node.initialHeight]).toEqual([CARD_BEFORE_MEASURED.width, CARD_BEFORE_MEASURED.height]);
      expect(node.measured).toBeUndefined();
    }
    const sizes = new Map([['doel-herstel', { width: 240, height: 131 }]]);
    const next = toFlow(example, { findings: [], selected: new Set(), sizes });
    const measured = next.nodes.find((node) => node.id === 'doel-herstel')!;
    expect(measured.measured).toEqual({ width: 240, height: 131 });
    expect(measured.initialWidth).toBeUndefined();
  });

  it('keeps a card’s data when only its measured size or its selection changes, so the memoised card does not render again', () => {
    const toFlow = createFlowMapper();
    const before = toFlow(example, { findings: [], selected: new Set() });
    const sizes = new Map(example.nodes.map((node) => [node.id, { width: 240, height: 110 }]));
    const measured = toFlow(example, { findings: [], selected: new Set(['doel-herstel']), sizes });
    expect(measured.nodes.every((node, i) => node !== before.nodes[i])).toBe(true);
    expect(measured.nodes.every((node, i) => node.data === before.nodes[i]!.data)).toBe(true);
    expect(measured.nodes.find((node) => node.id === 'doel-herstel')!.selected).toBe(true);
    // A change to what the card draws does give it new data.
    const dimmed = toFlow(example, { findings: [], selected: new Set(), sizes, highlighted: new Set(['int-csg']) });
    expect(dimmed.nodes.find((node) => node.id === 'doel-herstel')!.data).not.toBe(
      before.nodes.find((node) => node.id === 'doel-herstel')!.data,
    );
  });

  it('returns the very same arrays when nothing in them changed (a new selection set that selects the same)', () => {
    const toFlow = createFlowMapper();
    const first = toFlow(example, { findings: [], selected: new Set() });
    const again = toFlow(example, { findings: [], selected: new Set() });
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
    const selected = toFlow(example, { findings: [], selected: new Set(['int-csg']) });
    expect(selected.nodes).not.toBe(first.nodes);
    expect(selected.edges).toBe(first.edges);
  });

  it('dims everything outside a highlight', () => {
    const { nodes } = createFlowMapper()(example, { findings: [], selected: new Set(), highlighted: new Set(['doel-herstel']) });
    expect(nodes.filter((n) => !n.data.dimmed).map((n) => n.id)).toEqual(['doel-herstel']);
  });

  it('marks compared connections themselves, and unmarks them when comparing stops', () => {
    const toFlow = createFlowMapper();
    const [added, rewired] = example.edges;
    const compare = new Map([
      [added!.id, 'added' as const],
      [rewired!.id, 'changed' as const],
      ['doel-herstel', 'changed' as const],
    ]);
    const { nodes, edges } = toFlow(example, { findings: [], selected: new Set(), compare });
    const marked = edges.filter((edge) => edge.data?.compare).map((edge) => [edge.id, edge.data!.compare, edge.className]);
    expect(marked).toEqual([
      [added!.id, 'added', expect.stringContaining('vl-edge--compare-added')],
      [rewired!.id, 'changed', expect.stringContaining('vl-edge--compare-changed')],
    ]);
    expect(nodes.filter((node) => node.data.compare).map((node) => node.id)).toEqual(['doel-herstel']);
    const after = toFlow(example, { findings: [], selected: new Set() });
    expect(after.edges.some((edge) => edge.data?.compare || edge.className?.includes('compare'))).toBe(false);
  });
});

describe('fallbackPositions', () => {
  it('gives every unplaced node a distinct spot, one row per kind, interventions at the bottom', () => {
    const positions = fallbackPositions(example);
    expect(positions.size).toBe(example.nodes.length);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(example.nodes.length);
    expect(positions.get('int-csg')!.y).toBeGreaterThan(positions.get('doel-herstel')!.y);
  });
});

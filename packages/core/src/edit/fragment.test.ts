import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model/schema.js';
import { getTemplate } from '../templates/index.js';
import { validate } from '../validate/validate.js';
import { applyOperation } from './apply.js';
import { copyFragment, MAX_FRAGMENT_CARDS, pasteOperations, readFragment, readFragmentChecked } from './fragment.js';

const template = getTemplate('voorbeeldregio')!.create();
// Positions as the editor would have them after a layout.
const example: Document = {
  ...template,
  layout: { direction: 'BT' as const, positions: Object.fromEntries(template.nodes.map((n, i) => [n.id, { x: i * 100, y: i * 10 }])) },
};

describe('copy and paste fragments', () => {
  it('copies cards with the connections among them and pastes them with fresh ids, one step', () => {
    const ids = ['int-lespakket', 'mech-kennis', 'uitk-grenzen'];
    const fragment = copyFragment(example, ids);
    expect(fragment.nodes.map((n) => n.id)).toEqual(example.nodes.filter((n) => ids.includes(n.id)).map((n) => n.id));
    expect(fragment.edges.every((e) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);

    const text = JSON.stringify(fragment);
    const read = readFragment(text)!;
    const { operations, ids: pasted } = pasteOperations(example, read, { x: 40, y: 40 });
    const { document } = applyOperation(example, { type: 'batch', operations });
    expect(document.nodes).toHaveLength(example.nodes.length + fragment.nodes.length);
    expect(fragment.edges).toHaveLength(2);
    expect(document.edges).toHaveLength(example.edges.length + fragment.edges.length);
    expect(pasted.some((id) => ids.includes(id))).toBe(false);
    for (const [i, id] of pasted.entries()) {
      const from = example.layout!.positions[fragment.nodes[i]!.id]!;
      expect(document.layout!.positions[id]).toEqual({ x: from.x + 40, y: from.y + 40 });
    }
    // No new findings of the broken kind: every pasted edge joins pasted cards.
    expect(validate(document).filter((f) => f.code === 'dangling-edge')).toEqual([]);
  });

  it('drops partners and target groups the receiving document does not know', () => {
    const intervention = example.nodes.find((n) => n.kind === 'intervention' && n.actors.length > 0)!;
    const fragment = copyFragment(example, [intervention.id]);
    const empty = { ...example, nodes: [], edges: [], actors: [], targetGroups: [] };
    const { operations } = pasteOperations(empty, fragment, { x: 0, y: 0 });
    const { document } = applyOperation(empty, { type: 'batch', operations });
    const pasted = document.nodes[0]!;
    expect(pasted.kind === 'intervention' && pasted.actors).toEqual([]);
    expect(validate(document).some((f) => f.code === 'unknown-reference')).toBe(false);
  });

  it('reads only fragments, never throws', () => {
    expect(readFragment('Gewoon een zin')).toBeUndefined();
    expect(readFragment('{"format":"veranderlogica-fragment","nodes":[{"kind":"nope"}]}')).toBeUndefined();
    expect(readFragment('{"format":"veranderlogica-fragment"')).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => readFragment(`{"format":"veranderlogica-fragment"${text}`)).not.toThrow();
      }),
    );
  });

  it('never reuses an id, whatever is pasted how often', () => {
    fc.assert(
      fc.property(fc.subarray(example.nodes.map((n) => n.id)), fc.integer({ min: 1, max: 3 }), (ids, times) => {
        let document = example;
        const fragment = copyFragment(example, ids);
        for (let i = 0; i < times; i++)
          document = applyOperation(document, {
            type: 'batch',
            operations: pasteOperations(document, fragment, { x: 10, y: 10 }).operations,
          }).document;
        const all = [...document.nodes.map((n) => n.id), ...document.edges.map((e) => e.id)];
        expect(new Set(all).size).toBe(all.length);
      }),
      { numRuns: 30 },
    );
  });
});

describe('pasting with limits', () => {
  it('refuses a copy of more cards or places than can be pasted at once, and says why, without a RangeError', () => {
    const positions = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`p${i}`, { x: i, y: -i }]));
    const huge = JSON.stringify({ format: 'veranderlogica-fragment', nodes: [], edges: [], positions });
    expect(readFragmentChecked(huge)).toEqual({ ok: false, reason: 'too-large' });
    expect(readFragment(huge)).toBeUndefined();
    expect(readFragmentChecked('{"format": "veranderlogica-fragment", "nodes": 3')).toEqual({ ok: false, reason: 'damaged' });
    expect(readFragmentChecked('Gewoon een zin')).toEqual({ ok: false, reason: 'not-a-fragment' });
    expect(MAX_FRAGMENT_CARDS).toBe(1_000);
  });
});

describe('pasting into another plan', () => {
  it('drops a group the receiving plan does not have, so every pasted card goes in', () => {
    const from = getTemplate('voorbeeldregio')!.create();
    const grouped = from.nodes.filter((node) => 'group' in node && node.group !== undefined).slice(0, 3);
    expect(grouped.length).toBeGreaterThan(0);
    const into: Document = { ...from, nodes: [], edges: [], groups: [] };
    const { operations } = pasteOperations(
      into,
      copyFragment(
        from,
        grouped.map((node) => node.id),
      ),
      { x: 0, y: 0 },
    );
    let document = into;
    for (const operation of operations) document = applyOperation(document, operation).document;
    expect(document.nodes).toHaveLength(grouped.length);
    expect(document.nodes.every((node) => !('group' in node) || node.group === undefined)).toBe(true);
  });
});

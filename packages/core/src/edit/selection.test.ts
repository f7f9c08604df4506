import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.js';
import { strategyPlan } from '../testing/plans.js';
import { applyOperation } from './apply.js';
import { captureOperations } from '../workshop/capture.js';
import {
  assignToSelection,
  connectSelectionTo,
  SELECTION_FIELDS,
  selectionValues,
  setOnSelection,
  type SelectionField,
} from './selection.js';

const plan = strategyPlan(3, { strategies: 3, interventions: 3 });
const interventions = plan.nodes.filter((node) => node.kind === 'intervention').map((node) => node.id);

describe('editing a selection at once', () => {
  it('gives nine interventions one group in one step, and leaves other kinds alone', () => {
    const group = plan.groups[0]!.id;
    const goal = plan.nodes.find((node) => node.kind === 'goal')!.id;
    const operations = setOnSelection(plan, [...interventions, goal], 'group', group);
    const after = applyOperation(plan, { type: 'batch', operations }).document;
    expect(selectionValues(after, interventions, 'group').every(([, value]) => value === group)).toBe(true);
    expect(after.nodes.find((node) => node.id === goal)).toEqual(plan.nodes.find((node) => node.id === goal));
    // Asked again, nothing is left to do.
    expect(setOnSelection(after, interventions, 'group', group)).toEqual([]);
    // And the group comes off again.
    const off = applyOperation(after, { type: 'batch', operations: setOnSelection(after, interventions, 'group', undefined) }).document;
    expect(selectionValues(off, interventions, 'group').every(([, value]) => value === undefined)).toBe(true);
  });

  it('puts a target group on every selected intervention, and takes it off', () => {
    const document = applyOperation(plan, {
      type: 'addTargetGroup',
      targetGroup: { id: 'ouderen', name: 'Ouderen', risk: false, description: '' },
    }).document;
    const on = applyOperation(document, {
      type: 'batch',
      operations: assignToSelection(document, interventions, 'targetGroups', 'ouderen', true),
    }).document;
    for (const id of interventions)
      expect(on.nodes.find((node) => node.id === id)).toMatchObject({ targetGroups: expect.arrayContaining(['ouderen']) });
    const off = applyOperation(on, {
      type: 'batch',
      operations: assignToSelection(on, interventions, 'targetGroups', 'ouderen', false),
    }).document;
    expect(off.nodes).toEqual(document.nodes);
  });

  it('never makes a document the core refuses, whatever the selection and value', () => {
    const document = getTemplate('voorbeeldregio')!.create();
    const ids = document.nodes.map((node) => node.id);
    const fields = Object.keys(SELECTION_FIELDS) as SelectionField[];
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.constantFrom(...fields),
        fc.constantFrom<unknown>('prevention', 'strategic', 'short', true, false, 'existing', undefined, document.groups[0]?.id),
        (selected, field, value) => {
          let operations;
          try {
            operations = setOnSelection(document, selected, field, value);
            applyOperation(document, { type: 'batch', operations });
          } catch (error) {
            // A value the field does not take is refused as a whole, with the core's reason: nothing half-applied.
            expect((error as Error).message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('connects a selection with a card chosen by title, each the way the model allows, and says why not', () => {
    const document = getTemplate('blank')!.create();
    const made = (kind: 'intervention' | 'mechanism' | 'goal', titles: string) => captureOperations(document, kind, titles, { x: 0, y: 0 });
    const a = made('intervention', 'Maatjesproject\nOntmoetingsochtend');
    const m = made('mechanism', 'Nieuwe contacten');
    let doc = applyOperation(document, { type: 'batch', operations: [...a.operations, ...m.operations] }).document;
    // Two interventions selected, connected to the mechanism: intervention → mechanism.
    const forward = connectSelectionTo(doc, a.ids, m.ids[0]!);
    doc = applyOperation(doc, { type: 'batch', operations: forward.operations }).document;
    expect(doc.edges.map((edge) => [edge.source, edge.target])).toEqual(a.ids.map((id) => [id, m.ids[0]]));
    // The mechanism selected, "verbind met" an intervention: the model turns it round (intervention → mechanism), and
    // an existing connection is refused with its reason, nothing doubled.
    const again = connectSelectionTo(doc, m.ids, a.ids[0]!);
    expect(again.operations).toEqual([]);
    expect(again.refused[0]!.reason.nl).toMatch(/al verbonden/);
  });
});

import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { createEdge, createNode } from '../model/factory.js';
import { applyOperation, applyPatches } from './apply.js';
import { OperationError } from './operation-error.js';

const chain = () =>
  build(
    [
      ['intervention', 'i'],
      ['mechanism', 'm'],
      ['outcome', 'o'],
      ['goal', 'g'],
      ['indicator', 'k'],
    ],
    [
      ['i', 'm'],
      ['m', 'o'],
      ['o', 'g'],
      ['k', 'g'],
    ],
    { layout: { direction: 'BT', positions: { m: { x: 1, y: 2 } } } },
  );

describe('applyOperation', () => {
  it('adds a node and undoes it with the inverse patches', () => {
    const doc = chain();
    const node = createNode('goal', { id: 'g2', title: 'Veilig uitgaan' });
    const result = applyOperation(doc, { type: 'addNode', node, position: { x: 10, y: 20 } });
    expect(result.document.nodes.at(-1)).toEqual(node);
    expect(result.document.layout?.positions.g2).toEqual({ x: 10, y: 20 });
    expect(doc.nodes).toHaveLength(5);
    expect(applyPatches(result.document, result.inversePatches)).toEqual(doc);
  });

  it('names, changes and drops a parent plan, and edits the details of a plan that has one', () => {
    const doc = chain();
    const named = applyOperation(doc, { type: 'updateDocument', changes: { parent: { id: 'regio', title: 'Rijnmond' } } });
    expect(named.document.parent).toEqual({ id: 'regio', title: 'Rijnmond' });
    const retitled = applyOperation(named.document, { type: 'updateDocument', changes: { title: 'Aanpak 2027' } });
    expect(retitled.document).toMatchObject({ title: 'Aanpak 2027', parent: { id: 'regio' } });
    expect(() => applyOperation(named.document, { type: 'updateDocument', changes: { parent: { title: 'zonder id' } as never } })).toThrow(
      OperationError,
    );
    const dropped = applyOperation(retitled.document, { type: 'updateDocument', changes: { parent: undefined } });
    expect(dropped.document.parent).toBeUndefined();
    expect(applyPatches(dropped.document, dropped.inversePatches)).toEqual(retitled.document);
    expect(applyPatches(named.document, named.inversePatches)).toEqual(doc);
  });

  it('updates one field with one patch whose path names the field', () => {
    const result = applyOperation(chain(), { type: 'updateNode', id: 'o', changes: { title: 'Meer meldingen' } });
    expect(result.patches).toEqual([{ op: 'replace', path: ['nodes', 2, 'title'], value: 'Meer meldingen' }]);
  });

  it('refuses a value the schema refuses, naming the field, and changes nothing', () => {
    const doc = chain();
    let error: unknown;
    try {
      applyOperation(doc, { type: 'updateNode', id: 'g', changes: { level: 'heel hoog' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).path).toBe('/nodes/3/level');
    expect((error as OperationError).localized.nl).toContain('strategic');
    expect(doc.nodes[3]).toMatchObject({ level: 'strategic' });
  });

  it('removes a node with its edges, position and votes in few patches, and restores all on undo', () => {
    const doc = {
      ...chain(),
      workshop: { step: 'goals' as const, dotsPerParticipant: 3, votes: { m: 2 }, participants: [], parkingLot: [], ideas: [] },
    };
    const result = applyOperation(doc, { type: 'removeNode', id: 'm' });
    expect(result.document.nodes.map((n) => n.id)).toEqual(['i', 'o', 'g', 'k']);
    expect(result.document.edges.map((e) => e.id)).toEqual(['e3', 'e4']);
    expect(result.document.layout?.positions).toEqual({});
    expect(result.document.workshop?.votes).toEqual({});
    expect(result.patches.length).toBeLessThanOrEqual(5);
    expect(applyPatches(result.document, result.inversePatches)).toEqual(doc);
  });

  it('connects with the kind the model prescribes and refuses forbidden connections', () => {
    const doc = build([
      ['intervention', 'i'],
      ['goal', 'g'],
      ['mechanism', 'm'],
    ]);
    const edge = { ...createEdge(doc.nodes[0]!, doc.nodes[2]!), id: 'x' };
    expect(applyOperation(doc, { type: 'connect', edge }).document.edges[0]).toMatchObject({ kind: 'leads-to', source: 'i', target: 'm' });
    const forbidden = { ...edge, id: 'y', source: 'g', target: 'i' };
    expect(() => applyOperation(doc, { type: 'connect', edge: forbidden })).toThrow(/cannot point to an intervention/);
  });

  it('refuses a connection that would close a causal cycle', () => {
    const doc = build(
      [
        ['outcome', 'a'],
        ['outcome', 'b'],
      ],
      [['a', 'b']],
    );
    const edge = { id: 'back', kind: 'leads-to' as const, source: 'b', target: 'a', rationale: '' };
    expect(() => applyOperation(doc, { type: 'connect', edge })).toThrow(/cycle/);
  });

  it('removing a partner removes it from interventions and indicator owners', () => {
    const actors = [{ id: 'ggd', name: 'GGD', domain: 'care' as const, contact: '', offer: '' }];
    const doc = build(
      [
        ['intervention', 'i', { actors: ['ggd'] }],
        ['indicator', 'k', { owner: 'ggd' }],
      ],
      [],
      { actors },
    );
    const result = applyOperation(doc, { type: 'removeActor', id: 'ggd' });
    expect(result.document.actors).toEqual([]);
    expect(result.document.nodes[0]).toMatchObject({ actors: [] });
    expect('owner' in result.document.nodes[1]!).toBe(false);
    expect(applyPatches(result.document, result.inversePatches)).toEqual(doc);
  });

  it('refuses a duplicate id', () => {
    const doc = chain();
    expect(() => applyOperation(doc, { type: 'addNode', node: createNode('goal', { id: 'i' }) })).toThrow(OperationError);
  });

  it('applies a batch as one result whose inverse undoes all of it', () => {
    const doc = chain();
    const result = applyOperation(doc, {
      type: 'batch',
      operations: [
        { type: 'updateNode', id: 'g', changes: { title: 'A' } },
        { type: 'removeNode', id: 'o' },
        { type: 'setPositions', positions: { g: { x: 5, y: 5, pinned: true } } },
      ],
    });
    expect(result.document.nodes.map((n) => n.id)).toEqual(['i', 'm', 'g', 'k']);
    expect(applyPatches(result.document, result.inversePatches)).toEqual(doc);
    expect(applyPatches(doc, result.patches)).toEqual(result.document);
  });
});

describe('applyOperation refuses what would not validate', () => {
  const withPartner = () => {
    const document = build([
      ['intervention', 'i', { actors: ['ggd'] }],
      ['goal', 'g'],
    ]);
    return { ...document, actors: [{ id: 'ggd', name: 'GGD', domain: 'care' as const, contact: '', offer: '' }] };
  };

  it('refuses a partner, target group or group the plan does not have, naming it and where', () => {
    const document = withPartner();
    const refused = (operation: Parameters<typeof applyOperation>[1]) => {
      try {
        applyOperation(document, operation);
      } catch (error) {
        return error as OperationError;
      }
      throw new Error('applied');
    };
    const partner = refused({ type: 'updateNode', id: 'i', changes: { actors: ['ggd', 'politie'] } });
    expect([partner.code, partner.path, partner.localized.nl]).toEqual(['not-found', '/nodes/0/actors', 'Partner "politie" bestaat niet.']);
    expect(refused({ type: 'updateNode', id: 'i', changes: { group: 'strategie-9' } }).path).toBe('/nodes/0/group');
    expect(refused({ type: 'updateNode', id: 'i', changes: { targetGroups: ['jongeren'] } }).localized.en).toContain('jongeren');
    expect(refused({ type: 'addNode', node: createNode('intervention', { id: 'j', title: 'Nieuw', actors: ['onbekend'] }) }).path).toBe(
      '/nodes/2/actors',
    );
    // A partner the plan has is fine, and an edit that leaves a reference the plan already lacked alone goes in.
    expect(() => applyOperation(document, { type: 'updateNode', id: 'i', changes: { actors: ['ggd'] } })).not.toThrow();
    const dangling = { ...document, actors: [] };
    expect(() => applyOperation(dangling, { type: 'updateNode', id: 'i', changes: { title: 'Andere titel' } })).not.toThrow();
  });

  it('says NaN is not a number, and infinity is too large, each in its own words', () => {
    const document = withPartner();
    const message = (votes: number) => {
      try {
        applyOperation(document, { type: 'setVotes', id: 'i', votes });
      } catch (error) {
        return (error as OperationError).localized.nl;
      }
      return '';
    };
    expect(message(Number.NaN)).toContain('Dit is geen getal (NaN');
    expect(message(Number.POSITIVE_INFINITY)).toContain('oneindig');
  });
});

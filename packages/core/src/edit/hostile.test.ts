import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMarkdownReport } from '../export/markdown.js';
import { measurementPlanCsv } from '../export/measurement-plan-csv.js';
import { toMermaid } from '../export/mermaid.js';
import { parseDocument } from '../format/parse.js';
import { serializeDocument } from '../format/serialize.js';
import { DocumentSchema, type Document } from '../model/schema.js';
import { getTemplate } from '../templates/index.js';
import { build } from '../test-support/build.js';
import { validate } from '../validate/validate.js';
import { applyOperation } from './apply.js';
import { History } from './history.js';
import { OPERATION_TYPES, type Operation } from './operation.js';
import { OperationError } from './operation-error.js';

/** Ids that are legal but name `Object.prototype` members, or are not ids at all. */
const PROTOTYPE_IDS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

/** A small plan whose cards carry prototype-name ids, so every lookup by id is put to the test. */
function start(): Document {
  return build(
    [
      ['intervention', 'constructor', { actors: ['toString'] }],
      ['intervention', 'i2'],
      ['mechanism', 'hasOwnProperty', { group: 'valueOf-group' }],
      ['outcome', 'o'],
      ['goal', 'valueOf'],
      ['indicator', 'k', { source: 'Monitor', targets: [{ value: 5, date: '2027-01-01' }] }],
      ['assumption', 'a'],
    ],
    [
      ['constructor', 'hasOwnProperty'],
      ['i2', 'hasOwnProperty'],
      ['hasOwnProperty', 'o'],
      ['o', 'valueOf'],
      ['k', 'valueOf'],
      ['a', 'constructor'],
    ],
    {
      actors: [{ id: 'toString', name: 'GGD', domain: 'care', contact: '', offer: '' }],
      groups: [{ id: 'valueOf-group', title: 'Speerpunt', description: '', kind: 'priority', crossCutting: false }],
      layout: { direction: 'BT', positions: { constructor: { x: 0, y: 0 }, valueOf: { x: 0, y: -400 } } },
      workshop: { step: 'problem', dotsPerParticipant: 3, votes: { constructor: 2 }, participants: [], parkingLot: [], ideas: [] },
    },
  );
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    -1e308,
    Number.parseFloat('1e400'),
    -0,
    '',
    'x'.repeat(600),
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u0000\u001b[2J',
    '\ud800',
    true,
    [],
    {},
    { x: 1, y: 2 },
    { value: 1, date: '2027-01-01' },
    [{ value: 1, date: '2027-01-01' }],
    { source: 'x', link: 'https://example.org' },
    ['toString', 'constructor'],
    'prevention',
    'strategic',
    'increase',
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
);

const KEYS = [
  'id',
  'kind',
  'title',
  'description',
  'tags',
  'level',
  'horizon',
  'sphere',
  'area',
  'group',
  'evidence',
  'actors',
  'targetGroups',
  'priority',
  'targets',
  'baseline',
  'source',
  'sourceLink',
  'direction',
  'valueType',
  'measurements',
  'owner',
  'risk',
  'name',
  'domain',
  'statement',
  'link',
  'crossCutting',
  'text',
  'resolved',
  'rationale',
  'confidence',
  'target',
  'step',
  'dotsPerParticipant',
  'participants',
  'scope',
  'context',
  'areas',
  'language',
  ...PROTOTYPE_IDS,
];

/** Stands for the id of the n-th item of a list in the document as it is when the operation applies. */
interface Pick {
  readonly $pick: 'nodes' | 'edges' | 'groups' | 'any';
  readonly n: number;
}
const pickOf = (list: Pick['$pick']) => fc.nat().map((n): Pick => ({ $pick: list, n }));

/** Replaces every {@link Pick} in a generated operation with a real id of the document. */
function resolve(value: unknown, doc: Document): unknown {
  if (Array.isArray(value)) return value.map((item) => resolve(item, doc));
  if (typeof value !== 'object' || value === null) return value;
  if ('$entries' in value) {
    const entries = (value as { $entries: [unknown, unknown][] }).$entries;
    return Object.fromEntries(entries.map(([key, item]) => [String(resolve(key, doc)), resolve(item, doc)]));
  }
  if ('$pick' in value) {
    const { $pick, n } = value as Pick;
    const lists = {
      nodes: doc.nodes,
      edges: doc.edges,
      groups: doc.groups,
      any: [...doc.nodes, ...doc.edges, ...doc.actors, ...doc.groups, ...doc.context.facts],
    };
    const list: readonly { id: string }[] = lists[$pick];
    return list.length ? list[n % list.length]!.id : 'missing';
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(out, key, { value: resolve(item, doc), enumerable: true, writable: true, configurable: true });
  return out;
}

const hostileId = fc.oneof(
  fc.constantFrom(...PROTOTYPE_IDS, 'o', 'k', 'a', 'i2', 'e1', 'e3', '', 'nope', '<script>'),
  pickOf('any'),
  hostileValue,
);

const changes = fc.dictionary(fc.constantFrom(...KEYS), hostileValue, { maxKeys: 3 });

/** A node that is sometimes valid (so the document grows), sometimes not. */
const nodeValue = fc.oneof(
  fc.record({
    id: fc.constantFrom(...PROTOTYPE_IDS, 'n1', 'n2', 'n3', 'valueOf'),
    kind: fc.constantFrom('goal', 'outcome', 'mechanism', 'intervention', 'indicator', 'assumption', 'doel'),
    title: fc.oneof(fc.string({ maxLength: 10 }), hostileValue),
  }),
  hostileValue,
);

/** Operations of the right shape on things that exist (or nearly), so the document really changes between the hostile ones. */
function plausibleOperation(): fc.Arbitrary<unknown> {
  const nodeId = pickOf('nodes');
  const edgeId = pickOf('edges');
  const fresh = fc.constantFrom(...PROTOTYPE_IDS, 'x1', 'x2', 'x3', 'x4');
  const title = fc.string({ maxLength: 12 });
  return fc.oneof(
    fc.record({ type: fc.constant('updateNode'), id: nodeId, changes: fc.record({ title }) }),
    fc.record({ type: fc.constant('setVotes'), id: nodeId, votes: fc.nat({ max: 30 }) }),
    fc.record({
      type: fc.constant('connect'),
      edge: fc.record({ id: fc.constantFrom('c1', 'c2', 'c3', 'c4'), kind: fc.constant('leads-to'), source: nodeId, target: nodeId }),
    }),
    fc.record({ type: fc.constant('updateEdge'), id: edgeId, changes: fc.record({ rationale: title }) }),
    fc.record({ type: fc.constant('disconnect'), id: edgeId }),
    fc.record({ type: fc.constant('updateActor'), id: fc.constant('toString'), changes: fc.record({ name: title }) }),
    fc.record({ type: fc.constant('removeActor'), id: fc.constantFrom('toString', 'p1') }),
    fc.record({ type: fc.constant('addGroup'), group: fc.record({ id: fc.constantFrom('g1', 'g2', 'toString'), title }) }),
    fc.record({
      type: fc.constant('updateNode'),
      id: nodeId,
      changes: fc.record({ group: fc.constantFrom('constructor', 'x1', undefined) }),
    }),
    fc.record({ type: fc.constant('removeGroup'), id: pickOf('groups') }),
    fc.record({
      type: fc.constant('addNode'),
      node: fc.record({
        id: fc.constantFrom('n1', 'n2', 'n3', 'n4'),
        kind: fc.constantFrom('goal', 'outcome', 'mechanism', 'intervention', 'indicator'),
        title,
      }),
    }),
    fc.record({
      type: fc.constant('setPositions'),
      positions: fc
        .array(fc.tuple(nodeId, fc.record({ x: fc.integer({ min: -1000, max: 1000 }), y: fc.integer({ min: -1000, max: 1000 }) })), {
          maxLength: 2,
        })
        .map((entries) => ({ $entries: entries })),
    }),
    fc.record({ type: fc.constant('addFact'), fact: fc.record({ id: fresh, statement: title }) }),
    fc.record({
      type: fc.constant('updateFact'),
      id: fresh,
      changes: fc.record({ link: fc.constantFrom('https://example.org', 'ftp://x', undefined) }),
    }),
    fc.record({ type: fc.constant('addSource'), source: fc.record({ id: fresh, title: fc.string({ minLength: 1, maxLength: 8 }) }) }),
    fc.record({
      type: fc.constant('updateDocument'),
      changes: fc.record({ title, areas: fc.constantFrom(undefined, [{ id: 'a1', label: 'Armoede' }]) }),
    }),
    fc.record({ type: fc.constant('addParkingLotItem'), item: fc.record({ id: fresh, text: title }) }),
    fc.record({ type: fc.constant('updateParkingLotItem'), id: fresh, changes: fc.record({ resolved: fc.boolean() }) }),
    fc.record({ type: fc.constant('removeNode'), id: nodeId }),
    fc.record({
      type: fc.constant('batch'),
      operations: fc.array(fc.record({ type: fc.constant('setVotes'), id: nodeId, votes: fc.nat({ max: 5 }) }), { maxLength: 3 }),
    }),
  );
}

function hostileOperation(): fc.Arbitrary<unknown> {
  const id = hostileId;
  return fc.oneof(
    plausibleOperation(),
    plausibleOperation(),
    fc.record(
      {
        type: fc.oneof(fc.constantFrom(...OPERATION_TYPES), fc.constantFrom('unknown', 'toString', '__proto__'), hostileValue),
        id,
        changes: fc.oneof(changes, hostileValue),
        node: nodeValue,
        position: hostileValue,
        edge: fc.oneof(fc.record({ id: fc.constantFrom('e9', 'e10', 'constructor'), source: id, target: id }), hostileValue),
        actor: fc.oneof(fc.record({ id: fc.constantFrom('p1', 'valueOf'), name: fc.string({ maxLength: 5 }) }), hostileValue),
        group: fc.oneof(fc.record({ id: fc.constantFrom('g1', 'constructor'), title: fc.string({ maxLength: 5 }) }), hostileValue),
        positions: fc.oneof(fc.dictionary(fc.constantFrom(...PROTOTYPE_IDS, 'o', 'k', 'nope'), hostileValue, { maxKeys: 2 }), hostileValue),
        votes: hostileValue,
        direction: hostileValue,
      },
      { requiredKeys: ['type'] },
    ),
    hostileValue,
  );
}

describe('operations under hostile input (property)', () => {
  it('refuse with an OperationError or give a valid document; undo-all gives the start, redo-all the end', () => {
    fc.assert(
      fc.property(fc.array(hostileOperation(), { maxLength: 40 }), (generated) => {
        const begin = start();
        const history = new History(begin, { now: () => 0 });
        for (const template of generated) {
          const operation = resolve(template, history.document);
          try {
            history.apply(operation as Operation);
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(OperationError);
            continue;
          }
          applied.add(String((operation as { type: unknown }).type));
          const parsed = DocumentSchema.safeParse(history.document);
          expect(parsed.success, JSON.stringify(operation)).toBe(true);
          // Nothing missing that a default would fill: the parse gives back the same document.
          expect(parsed.data).toEqual(history.document);
        }
        const end = history.document;
        // Every output still works on what the operations left.
        validate(end);
        toMarkdownReport(end);
        toMermaid(end);
        measurementPlanCsv(end);
        const reread = parseDocument(serializeDocument(end));
        expect(reread.ok && reread.document).toEqual(end);
        while (history.undo());
        expect(history.document).toEqual(begin);
        while (history.redo());
        expect(history.document).toEqual(end);
      }),
      { numRuns: 300 },
    );
    // The sequences are hostile, not hopeless: most kinds of operation do get through.
    const expected = ['addNode', 'updateNode', 'removeNode', 'connect', 'updateEdge', 'disconnect', 'setVotes', 'setPositions'];
    expected.push('updateActor', 'removeActor', 'addGroup', 'removeGroup', 'addFact', 'updateDocument', 'batch');
    expect([...applied].filter((type) => expected.includes(type)).sort()).toEqual(expected.sort());
  });
});

const applied = new Set<string>();

describe('operations that used to corrupt a document', () => {
  const doc = start();
  const refused = (operation: unknown) => {
    try {
      applyOperation(doc, operation as Operation);
    } catch (error) {
      expect(error).toBeInstanceOf(OperationError);
      return (error as OperationError).code;
    }
    throw new Error(`not refused: ${JSON.stringify(operation)}`);
  };

  it('refuse unknown and malformed operations', () => {
    expect(refused({ type: 'explode' })).toBe('unknown-operation');
    expect(refused({ type: 'toString' })).toBe('unknown-operation');
    expect(refused(null)).toBe('invalid-operation');
    expect(refused({ type: 'updateNode', id: 'o', changes: null })).toBe('invalid-operation');
    expect(refused({ type: 'batch', operations: 'nope' })).toBe('invalid-operation');
  });

  it('carry what they refuse as data beside the message', () => {
    try {
      applyOperation(doc, { type: 'removeNode', id: 'nope' });
    } catch (error) {
      expect((error as OperationError).params).toMatchObject({ what: { nl: 'Kaart', en: 'Node' }, id: '"nope"' });
      expect((error as OperationError).localized.nl).toBe('Kaart "nope" bestaat niet.');
    }
    expect.assertions(2);
  });

  it('keep every id fixed', () => {
    expect(refused({ type: 'updateActor', id: 'toString', changes: { id: '<script>' } })).toBe('immutable-field');
    expect(refused({ type: 'updateNode', id: 'o', changes: { id: 'o2' } })).toBe('immutable-field');
    expect(refused({ type: 'updateTargetGroup', id: 'x', changes: { id: '' } })).toBe('not-found');
  });

  it('only change the rationale, evidence and confidence of a connection', () => {
    for (const key of ['source', 'target', 'kind', 'id'])
      expect(refused({ type: 'updateEdge', id: 'e1', changes: { [key]: 'o' } })).toBe('immutable-field');
    const { document } = applyOperation(doc, { type: 'updateEdge', id: 'e1', changes: { rationale: 'omdat' } });
    expect(document.edges[0]!.rationale).toBe('omdat');
  });

  it('reset a field with a default when it is set to undefined, never remove it', () => {
    const { document } = applyOperation(doc, { type: 'updateNode', id: 'valueOf', changes: { level: undefined, title: 'Doel' } });
    const goal = document.nodes.find((n) => n.id === 'valueOf')!;
    expect(goal.kind === 'goal' && goal.level).toBe('strategic');
    expect(DocumentSchema.parse(document)).toEqual(document);
  });

  it('bound votes and positions', () => {
    expect(refused({ type: 'setVotes', id: 'o', votes: 1e9 })).toBe('invalid-value');
    expect(refused({ type: 'setVotes', id: 'o', votes: 1.5 })).toBe('invalid-value');
    expect(refused({ type: 'setPositions', positions: { o: { x: 1e308, y: 0 } } })).toBe('invalid-value');
  });

  it('read records keyed by prototype-name ids as their own keys only', () => {
    const { document } = applyOperation(doc, { type: 'removeNode', id: 'constructor' });
    expect(document.layout?.positions).not.toHaveProperty('constructor');
    expect(Object.hasOwn(document.workshop!.votes, 'constructor')).toBe(false);
    const moved = applyOperation(doc, { type: 'setPositions', positions: { hasOwnProperty: { x: 10, y: 20 } } }).document;
    expect(Object.getOwnPropertyDescriptor(moved.layout!.positions, 'hasOwnProperty')?.value).toEqual({ x: 10, y: 20 });
  });

  it('refuse the v0-style garbage an update could carry', () => {
    const changes: unknown = JSON.parse('{"__proto__": {"polluted": true}, "title": "x"}');
    expect(refused({ type: 'updateNode', id: 'o', changes })).toBe('invalid-value');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('templates under every operation type', () => {
  it('the worked example refuses hostile updates of each kind', () => {
    const example = getTemplate('voorbeeldregio')!.create();
    for (const type of OPERATION_TYPES) {
      try {
        const { document } = applyOperation(example, {
          type,
          id: 'constructor',
          changes: { title: Number.parseFloat('1e400') },
        } as unknown as Operation);
        expect(DocumentSchema.safeParse(document).success, type).toBe(true);
      } catch (error) {
        expect(error, type).toBeInstanceOf(OperationError);
      }
    }
  });
});

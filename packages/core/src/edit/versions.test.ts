import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticDocument } from '../testing/synthetic.js';
import { getTemplate } from '../templates/index.js';
import { createNode } from '../model/factory.js';
import { DocumentSchema, type Document, type Version } from '../model/schema.js';
import { parseDocument } from '../format/parse.js';
import { serializeDocument } from '../format/serialize.js';
import type { Operation } from './operation.js';
import { applyOperation } from './apply.js';
import { makeVersion, versionPlan } from './versions.js';

const stamp = '2026-01-01T00:00:00.000Z';
/** The plan as a version must give it back: the document without its versions, as the schema reads it. */
const planOf = (document: Document) => DocumentSchema.parse({ ...document, versions: [] });

/** Keeps a version of the plan as it is now, through the operation the editor and the CLI use. */
function keep(document: Document, n: number): Document {
  return applyOperation(document, {
    type: 'addVersion',
    version: makeVersion(document, { id: `v-${n}`, name: `Versie ${n}`, created: stamp }),
  }).document;
}

/** Ordinary edits between two versions: cards renamed, added and removed, a description rewritten, a partner added. */
function edits(document: Document, round: number, random: () => number): Operation[] {
  const pick = () => document.nodes[Math.floor(random() * document.nodes.length)]!;
  const ops: Operation[] = [];
  for (let i = 0; i < 4; i++) {
    const node = pick();
    ops.push({ type: 'updateNode', id: node.id, changes: { title: `${node.title.slice(0, 80)} (${round}.${i})` } });
  }
  const described = pick();
  ops.push({
    type: 'updateNode',
    id: described.id,
    changes: { description: `Toelichting ronde ${round}: ${'wat er werkt en waarom. '.repeat(6)}` },
  });
  for (let i = 0; i < 2; i++)
    ops.push({ type: 'addNode', node: createNode('outcome', { id: `new-${round}-${i}`, title: `Nieuwe uitkomst ${round}.${i}` }) });
  const removed = pick();
  if (!ops.some((op) => 'id' in op && op.id === removed.id)) ops.push({ type: 'removeNode', id: removed.id });
  ops.push({ type: 'addActor', actor: { id: `partner-${round}`, name: `Partner ${round}`, domain: 'social', contact: '', offer: '' } });
  return ops;
}

function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('versions kept compactly', () => {
  it('keeps 100 versions of a 1,000-card plan, edited in the ordinary way, within twice the plan’s size, and rebuilds each exactly', () => {
    let document = syntheticDocument(1_000);
    const random = seeded(7);
    const plans: Document[] = [];
    for (let round = 0; round < 100; round++) {
      document = keep(document, round);
      plans.push(planOf(document));
      for (const op of edits(document, round, random)) document = applyOperation(document, op).document;
    }
    const text = serializeDocument(document);
    const plain = serializeDocument({ ...document, versions: [] });
    // Each version but the first holds only its changes.
    expect(document.versions.filter((v) => 'plan' in v)).toHaveLength(1);
    expect(text.length / plain.length).toBeLessThanOrEqual(2);
    // Read back from the file, every version is the plan as it was, exactly.
    const read = parseDocument(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    plans.forEach((plan, i) => expect(versionPlan(read.document, `v-${i}`), `v-${i}`).toEqual(plan));
  }, 120_000);

  it('rebuilds every version exactly for any sequence of edits, versions kept and versions removed', () => {
    const start = getTemplate('voorbeeldregio')!.create();
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('keep' as const), fc.constant('edit' as const), fc.integer({ min: 0, max: 20 })), { maxLength: 25 }),
        fc.integer({ min: 1, max: 1_000 }),
        (steps, seed) => {
          const random = seeded(seed);
          let document = start;
          const kept = new Map<string, Document>();
          let n = 0;
          for (const step of steps) {
            if (step === 'keep') {
              document = keep(document, n);
              kept.set(`v-${n++}`, planOf(document));
            } else if (step === 'edit') {
              for (const op of edits(document, n * 100 + Math.floor(random() * 100), random)) {
                try {
                  document = applyOperation(document, op).document;
                } catch {
                  // An edit this plan cannot take (a card removed twice): skipped.
                }
              }
            } else if (document.versions.length > 0) {
              const gone = document.versions[step % document.versions.length]!.id;
              document = applyOperation(document, { type: 'removeVersion', id: gone }).document;
              kept.delete(gone);
            }
          }
          const read = parseDocument(serializeDocument(document));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(read.document.versions.map((v) => v.id)).toEqual([...kept.keys()]);
          for (const [id, plan] of kept) expect(versionPlan(read.document, id), id).toEqual(plan);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('refuses a version kept on a version that is not there, and renames only', () => {
    const document = keep(getTemplate('voorbeeldregio')!.create(), 1);
    const orphan = { ...makeVersion(document, { id: 'v-2', name: 'Twee', created: stamp }), base: 'v-weg' } as Version;
    expect(() => applyOperation(document, { type: 'addVersion', version: orphan })).toThrow(/v-weg/);
    expect(() => applyOperation(document, { type: 'updateVersion', id: 'v-1', changes: { name: 'Raad 2025' } })).not.toThrow();
    expect(() =>
      applyOperation(document, { type: 'updateVersion', id: 'v-1', changes: { created: stamp } as unknown as { name: string } }),
    ).toThrow();
  });

  it('gives no plan, and throws nothing, for a hostile file: a missing base, a loop of bases, changes that do not apply', () => {
    const document = keep(keep(getTemplate('voorbeeldregio')!.create(), 1), 2);
    const [first, second] = document.versions as [Version, Version & { base: string; changes: unknown }];
    const cases: Version[][] = [
      [{ ...second, base: 'v-weg' }],
      [
        { ...second, id: 'a', base: 'b' },
        { ...second, id: 'b', base: 'a' },
      ],
      [first, { ...second, changes: { nodes: { _t: 'a', 99999: [[1], 0, 0] }, title: ['niet', 'zo', 'maar'] } }],
    ];
    for (const versions of cases) {
      const read = parseDocument(serializeDocument({ ...document, versions }));
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      for (const version of versions) expect(() => versionPlan(read.document, version.id)).not.toThrow();
      expect(versionPlan(read.document, versions.at(-1)!.id)).toBeUndefined();
    }
  });
});

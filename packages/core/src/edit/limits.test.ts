import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.js';
import { createNode } from '../model/factory.js';
import { LIMITS, type Document } from '../model/schema.js';
import { parseDocument } from '../format/parse.js';
import { writableText, serializeDocument } from '../format/serialize.js';
import { makeVersion } from './versions.js';
import { applyOperation } from './apply.js';
import { OperationError } from './operation-error.js';

const example = (): Document => getTemplate('voorbeeldregio')!.create();

function refusal(document: Document, operation: Parameters<typeof applyOperation>[1]): OperationError {
  try {
    applyOperation(document, operation);
  } catch (error) {
    if (error instanceof OperationError) return error;
    throw error;
  }
  throw new Error('the operation was applied');
}

describe('no operation makes a plan the format refuses', () => {
  it('refuses a version past the hundredth, saying why and what to do', () => {
    let document = example();
    for (let i = 0; i < LIMITS.maxVersions; i++) {
      document = applyOperation(document, {
        type: 'addVersion',
        version: makeVersion(document, { id: `v-${i}`, name: `Versie ${i}`, created: '2026-01-01T00:00:00.000Z' }),
      }).document;
    }
    const error = refusal(document, {
      type: 'addVersion',
      version: makeVersion(document, { id: 'v-extra', name: 'Nog een', created: '2026-01-01T00:00:00.000Z' }),
    });
    expect(error.code).toBe('limit-reached');
    expect(error.path).toBe('/versions');
    expect(error.localized.nl).toBe(
      'Een plan kan hoogstens 100 versies bewaren, en dit plan heeft er al zoveel: een bestand met meer opent niet meer. Verwijder er eerst een.',
    );
    expect(error.localized.en).toContain('at most 100 versions');
    // What was there still opens.
    expect(parseDocument(serializeDocument(document)).ok).toBe(true);
  }, 30_000);

  it('refuses a card past the most a plan holds, and a partner past the most', () => {
    const base = example();
    const cards = Array.from({ length: LIMITS.maxNodes }, (_, i) => createNode('outcome', { id: `o-${i}`, title: `Uitkomst ${i}` }));
    const full: Document = { ...base, nodes: cards, edges: [] };
    const error = refusal(full, { type: 'addNode', node: createNode('goal', { id: 'one-more', title: 'Nog een doel' }) });
    expect(error.code).toBe('limit-reached');
    expect(error.localized.nl).toContain('hoogstens 50.000 kaarten');
    const actors = Array.from({ length: LIMITS.maxActors }, (_, i) => ({
      id: `p-${i}`,
      name: `Partner ${i}`,
      domain: 'other',
      contact: '',
      offer: '',
    }));
    const crowded = { ...base, actors } as Document;
    expect(
      refusal(crowded, { type: 'addActor', actor: { id: 'p-extra', name: 'Nog een', domain: 'other', contact: '', offer: '' } }).localized
        .en,
    ).toContain('at most 5,000 partners');
    // Below its limit a card still goes in.
    expect(() =>
      applyOperation(base, { type: 'addNode', node: createNode('goal', { id: 'one-more', title: 'Nog een doel' }) }),
    ).not.toThrow();
  });
});

describe('writableText', () => {
  it('gives the serialised text of a plan that will open again', () => {
    const document = example();
    const written = writableText(document);
    expect(written.ok && written.text).toBe(serializeDocument(document));
  });

  it('refuses a plan whose text would pass the size the tool reads, naming the sizes and the versions to remove', () => {
    const document = example();
    // Text that does not compress (a version keeps a whole plan packed): letters drawn at random.
    let seed = 1;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 16_807) % 2_147_483_647) % 26));
    const bulky: Document = {
      ...document,
      nodes: document.nodes.map((node) => ({ ...node, description: Array.from({ length: LIMITS.maxTextFieldLength }, letter).join('') })),
    };
    const version = makeVersion(bulky, { id: 'v-1', name: 'Eén', created: '2026-01-01T00:00:00.000Z' });
    const many: Document = { ...bulky, versions: Array.from({ length: 40 }, (_, i) => ({ ...version, id: `v-${i}` })) };
    const written = writableText(many);
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.problem.nl).toMatch(/^Het plan zou [\d,]+ MB worden; een bestand mag hoogstens 20 MB zijn/);
    expect(written.problem.nl).toContain('Het bewaart 40 versies');
    expect(written.problem.en).toContain('Nothing was written.');
  });
});

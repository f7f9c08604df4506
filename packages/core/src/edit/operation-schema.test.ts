import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import type { Document } from '../model/schema.js';
import { applyOperation } from './apply.js';
import { OPERATION_TYPES, type Operation } from './operation.js';
import { MAX_OPERATIONS_PER_MESSAGE, OperationSchema, readOperationMessage } from './operation-schema.js';

describe('OperationSchema', () => {
  it('has a shape for every operation type and reads well-formed operations', () => {
    const samples: Operation[] = [
      { type: 'removeNode', id: 'g' },
      { type: 'addToNode', id: 'i', field: 'actors', value: 'p1' },
      { type: 'vote', id: 'g', delta: 2 },
      { type: 'moveNodes', positions: { g: { x: 1, y: 2 } } },
      { type: 'pinNode', id: 'g', pinned: true },
      { type: 'batch', operations: [{ type: 'updateNode', id: 'g', changes: { title: 'x' } }] },
    ];
    for (const operation of samples) expect(OperationSchema.safeParse(operation).success, operation.type).toBe(true);
    expect(OPERATION_TYPES).toContain('vote');
  });

  it('refuses unknown types, missing parts, extra parts and a wrong version, saying where', () => {
    expect(readOperationMessage({ version: 1, operation: { type: 'explode' } }).ok).toBe(false);
    expect(readOperationMessage({ version: 1, operation: { type: 'toString', id: 'x' } }).ok).toBe(false);
    expect(readOperationMessage({ version: 1, operation: { type: 'vote', id: 'g' } }).ok).toBe(false);
    expect(readOperationMessage({ version: 1, operation: { type: 'removeNode', id: 'g', extra: 1 } }).ok).toBe(false);
    const wrongVersion = readOperationMessage({ version: 2, operation: { type: 'removeNode', id: 'g' } });
    expect(wrongVersion.ok).toBe(false);
    if (!wrongVersion.ok) expect(wrongVersion.errors[0]!.path).toBe('/version');
    const badId = readOperationMessage({ version: 1, operation: { type: 'removeNode', id: '<script>' } });
    expect(!badId.ok && badId.errors[0]!.path).toBe('/operation/id');
    expect(!badId.ok && badId.errors[0]!.message.nl).toMatch(/id/);
  });

  it('refuses a message with more operations than the limit, nested batches included', () => {
    const many: Operation = {
      type: 'batch',
      operations: Array.from({ length: MAX_OPERATIONS_PER_MESSAGE - 1 }, () => ({ type: 'vote', id: 'g', delta: 1 })),
    };
    const nested = readOperationMessage({ version: 1, operation: { type: 'batch', operations: [many, many] } });
    expect(nested.ok).toBe(false);
    expect(readOperationMessage({ version: 1, operation: many }).ok).toBe(true);
  });
});

describe('operations at the level of intent', () => {
  const start = (): Document => {
    const document = build([
      ['intervention', 'i'],
      ['goal', 'g'],
    ]);
    return {
      ...document,
      actors: [
        { id: 'p1', name: 'GGD', domain: 'care' as const, contact: '', offer: '' },
        { id: 'p2', name: 'Politie', domain: 'safety' as const, contact: '', offer: '' },
      ],
    };
  };

  it('adds and removes one partner, target group or tag without touching the others', () => {
    let document = start();
    document = applyOperation(document, { type: 'addToNode', id: 'i', field: 'actors', value: 'p1' }).document;
    document = applyOperation(document, { type: 'addToNode', id: 'i', field: 'actors', value: 'p2' }).document;
    document = applyOperation(document, { type: 'addToNode', id: 'i', field: 'tags', value: 'jongeren' }).document;
    document = applyOperation(document, { type: 'removeFromNode', id: 'i', field: 'actors', value: 'p1' }).document;
    const node = document.nodes[0] as { actors: string[]; tags: string[] };
    expect(node.actors).toEqual(['p2']);
    expect(node.tags).toEqual(['jongeren']);
    expect(() => applyOperation(document, { type: 'addToNode', id: 'i', field: 'actors', value: 'nope' })).toThrow(/does not exist/);
    expect(() => applyOperation(document, { type: 'addToNode', id: 'g', field: 'actors', value: 'p1' })).toThrow();
  });

  it('counts dots as differences, never below zero', () => {
    let document = start();
    document = applyOperation(document, { type: 'vote', id: 'g', delta: 2 }).document;
    document = applyOperation(document, { type: 'vote', id: 'g', delta: 1 }).document;
    expect(document.workshop?.votes.g).toBe(3);
    document = applyOperation(document, { type: 'vote', id: 'g', delta: -5 }).document;
    expect(document.workshop?.votes.g).toBeUndefined();
    expect(() => applyOperation(document, { type: 'vote', id: 'g', delta: 0.5 })).toThrow();
  });

  it('moves without changing a pin and pins without moving', () => {
    let document = start();
    document = applyOperation(document, { type: 'pinNode', id: 'g', pinned: true, at: { x: 10, y: 20 } }).document;
    document = applyOperation(document, { type: 'moveNodes', positions: { g: { x: 50, y: 60 } } }).document;
    expect(document.layout?.positions.g).toEqual({ x: 50, y: 60, pinned: true });
    document = applyOperation(document, { type: 'pinNode', id: 'g', pinned: false }).document;
    expect(document.layout?.positions.g).toEqual({ x: 50, y: 60 });
  });
});

import { describe, expect, it } from 'vitest';
import { validate } from '../validate/validate.js';
import { serializeDocument } from '../format/serialize.js';
import { syntheticDocument } from './synthetic.js';

describe('syntheticDocument', () => {
  it('is valid, reproducible, of about the size asked, with about two edges a node', () => {
    const doc = syntheticDocument(1_000);
    expect(validate(doc).filter((f) => f.severity === 'error')).toEqual([]);
    expect(doc.nodes.length).toBeGreaterThanOrEqual(990);
    expect(doc.nodes.length).toBeLessThanOrEqual(1_010);
    expect(doc.edges.length / doc.nodes.length).toBeGreaterThan(1.6);
    expect(new Set(doc.nodes.map((n) => n.kind)).size).toBe(6);
    expect(serializeDocument(syntheticDocument(1_000))).toBe(serializeDocument(doc));
    expect(serializeDocument(syntheticDocument(1_000, 2))).not.toBe(serializeDocument(doc));
  });
});

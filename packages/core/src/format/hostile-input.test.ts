import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.js';
import { validate } from '../validate/validate.js';
import { causalChains } from '../analysis/chains.js';
import { toMarkdownReport } from '../export/markdown.js';
import { LIMITS } from '../model/schema.js';
import { parseDocument } from './parse.js';
import { serializeDocument } from './serialize.js';

const exampleText = serializeDocument(getTemplate('voorbeeldregio')!.create());
const example = JSON.parse(exampleText) as Record<string, unknown>;

/** Every outcome must be a structured result: a document, or errors each with a code, a path and both messages. */
function assertStructured(result: ReturnType<typeof parseDocument>): void {
  if (result.ok) {
    expect(Array.isArray(result.document.nodes)).toBe(true);
    // Whatever parses must also validate, analyse and report without throwing.
    expect(Array.isArray(validate(result.document))).toBe(true);
    causalChains(result.document, { limit: 1_000 });
    toMarkdownReport(result.document);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.code).toBe('string');
    expect(typeof error.path).toBe('string');
    expect(error.path === '' || error.path.startsWith('/')).toBe(true);
    expect(error.message.nl.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
    // The last-resort guard in parseDocument must never be what answered.
    expect(error.message.en).not.toMatch(/^The file could not be read/);
  }
}

/** Replaces the value at a random path inside a JSON value. */
function mutateAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[key] = mutateAt((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('hostile input', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => assertStructured(parseDocument(value))),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => assertStructured(parseDocument(text))),
      { numRuns: 500 },
    );
  });

  it('never throws on valid documents with one value replaced anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (path, replacement) => {
        assertStructured(parseDocument(mutateAt(example, path, replacement)));
      }),
      { numRuns: 1_000 },
    );
  });

  it('never throws on truncated text, and reports a line for it', () => {
    fc.assert(
      fc.property(fc.nat({ max: exampleText.length - 2 }), (cut) => {
        const result = parseDocument(exampleText.slice(0, cut));
        assertStructured(result);
        if (!result.ok) expect(result.errors[0]!.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps markup and javascript: text as plain data', () => {
    const doc = structuredClone(example) as { nodes: { title: string; description: string }[] };
    doc.nodes[0]!.title = '<script>alert(1)</script>';
    doc.nodes[0]!.description = '<img src=x onerror=alert(1)> javascript:alert(1)';
    const result = parseDocument(doc);
    expect(result.ok && result.document.nodes[0]!.title).toBe('<script>alert(1)</script>');
    expect(result.ok && result.document.nodes[0]!.description).toBe('<img src=x onerror=alert(1)> javascript:alert(1)');
  });

  it('refuses text over the size limit with a clear message, without parsing it', () => {
    const huge = ' '.repeat(LIMITS.maxTextLength + 1);
    const result = parseDocument(huge);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({
      code: 'too-large',
      message: { nl: 'Het bestand is te groot: hoogstens 20 MB.' },
    });
  });

  it('refuses more nodes than the limit', () => {
    const nodes = Array.from({ length: LIMITS.maxNodes + 1 }, (_, i) => ({ id: `n${i}`, kind: 'goal', title: 'x' }));
    const result = parseDocument({ ...example, nodes, edges: [] });
    expect(!result.ok && result.errors[0]).toMatchObject({ code: 'too-big', path: '/nodes' });
  });

  it('survives deeply nested input', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    assertStructured(parseDocument({ ...example, description: deep }));
    assertStructured(parseDocument(JSON.stringify({ ...example, description: deep })));
  });
});

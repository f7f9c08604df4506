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

describe('bounded reading', () => {
  const withUnknownFields = (count: number) => {
    const value: Record<string, unknown> = structuredClone(example);
    for (let i = 0; i < count; i++) value[`extra${i}`] = i;
    return JSON.stringify(value, null, 2);
  };

  it('reports the first hundred of 40,000 errors, located, and counts the rest', () => {
    const result = parseDocument(withUnknownFields(40_000));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(LIMITS.maxReportedErrors + 1);
    const first = result.errors[0]!;
    expect(first).toMatchObject({ code: 'unknown-field', path: '/extra0' });
    // The line is where the key stands in the text.
    const text = withUnknownFields(40_000);
    expect(text.split('\n')[first.line! - 1]).toContain('"extra0"');
    expect(result.errors.at(-1)).toMatchObject({ code: 'too-many-errors', params: { count: 40_000 - LIMITS.maxReportedErrors } });
    expect(result.errors.at(-1)!.message.nl).toBe('En nog 39.900 fouten; herstel eerst de fouten hierboven.');
  });

  it('counts a lone CR and CRLF as line ends, like LF', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const result = parseDocument(['{', '  "format": "veranderlogica",', '  "version": 2', '  "title": "x"', '}'].join(end));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'json-syntax', line: 4, column: 3 });
    }
  });

  it('refuses nesting deeper than the limit, in text and in values, before anything recursive reads it', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = parseDocument(text);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too-deep', line: 1, column: LIMITS.maxDepth + 1 }] });
    // Brackets inside strings do not count.
    expect(parseDocument(JSON.stringify({ ...example, title: '['.repeat(400) })).ok).toBe(true);
    let value: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) value = { value };
    expect(parseDocument({ ...example, nested: value })).toMatchObject({ ok: false, errors: [{ code: 'too-deep' }] });
    // A current file with deep nesting in an unknown field or where a title belongs: the schema refuses it without
    // descending, and the answer is still "too deep", with its place.
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const [key, at] of [
      ['nested', '"nested"'],
      ['title', '"title"'],
    ] as const) {
      const file = JSON.stringify({ ...example, [key]: 0 }).replace(`${at}:0`, `${at}:${deep}`);
      const read = parseDocument(file);
      expect(read).toMatchObject({ ok: false, errors: [{ code: 'too-deep', line: 1 }] });
      // Within the run of brackets that starts after the key.
      const start = file.indexOf(`${at}:`) + at.length + 1;
      if (!read.ok) expect(read.errors[0]!.column! - start).toBeGreaterThan(LIMITS.maxDepth - 5);
      if (!read.ok) expect(read.errors[0]!.column! - start).toBeLessThan(LIMITS.maxDepth + 5);
    }
  });

  it('leaves out control characters and mends broken surrogates, with a warning naming the first place', () => {
    const nodes = (example.nodes as { title: string }[]).map((node, i) =>
      i === 2 ? { ...node, title: 'Voor\u0000lichting\u001b[2J \ud800' } : node,
    );
    const input = { ...example, nodes };
    const result = parseDocument(JSON.stringify(input));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.nodes[2]!.title).toBe('Voorlichting[2J \ufffd');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'normalised-text', path: '/nodes/2/title' })]);
    // A value handed in is not changed under its owner's hands.
    const fromValue = parseDocument(input);
    expect(fromValue.ok && fromValue.document.nodes[2]!.title).toBe('Voorlichting[2J \ufffd');
    expect(nodes[2]!.title).toBe('Voor\u0000lichting\u001b[2J \ud800');
    // Tabs and line breaks in long text stay; a proper pair (an emoji) stays.
    const kept = parseDocument({ ...example, description: 'Een\ttwee\r\ndrie 🙂' });
    expect(kept.ok && kept.document.description).toBe('Een\ttwee\r\ndrie 🙂');
    expect(kept.ok && kept.warnings).toEqual([]);
  });

  it('quotes a five-megabyte value short in the message and the path', () => {
    const nodes = (example.nodes as { id: string }[]).map((node, i) => (i === 0 ? { ...node, id: 'x'.repeat(5_000_000) } : node));
    const hugeKey = 'k'.repeat(1_000_000);
    const result = parseDocument(JSON.stringify({ ...example, nodes, [hugeKey]: 1 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(JSON.stringify(result.errors).length).toBeLessThan(5_000);
    expect(result.errors.some((error) => error.code === 'unknown-field' && error.message.nl.includes('…'))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.js';
import { serializeDocument } from './serialize.js';
import { formatParseError } from './issue.js';

const minimal = {
  format: 'veranderlogica',
  version: 1,
  id: 'doc-1',
  title: 'Aanpak seksueel geweld',
  nodes: [
    { id: 'g1', kind: 'goal', title: 'Minder seksueel geweld' },
    { id: 'i1', kind: 'intervention', title: 'Lespakket weerbaarheid', evidence: { source: 'NJi' } },
  ],
  edges: [],
  meta: { created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' },
};

describe('parseDocument', () => {
  it('reads a minimal document and fills in defaults', () => {
    const result = parseDocument(JSON.stringify(minimal));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.language).toBe('nl');
    expect(result.document.nodes[0]).toMatchObject({ kind: 'goal', level: 'strategic', sphere: 'interest', tags: [] });
    expect(Object.keys(result.document.nodes[1]!)).toEqual([
      'id',
      'kind',
      'title',
      'description',
      'tags',
      'area',
      'targetGroups',
      'actors',
      'status',
      'evidence',
      'priority',
    ]);
    expect('layout' in result.document).toBe(false);
  });

  it('reports JSON syntax errors with line and column', () => {
    const text = '{\n  "format": "veranderlogica",\n  "version": 1,,\n}';
    const result = parseDocument(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'json-syntax', line: 3, column: 16 });
    expect(formatParseError(result.errors[0]!, 'nl')).toContain('regel 3');
  });

  it('says an empty file is empty', () => {
    const result = parseDocument('  \n');
    expect(!result.ok && result.errors[0]!.message.nl).toBe('Het bestand is leeg.');
  });

  it('reports shape errors with a JSON pointer and a line', () => {
    const bad = structuredClone(minimal) as Record<string, unknown> & { nodes: Record<string, unknown>[] };
    bad.nodes[0]!.level = 'heel belangrijk';
    const result = parseDocument(JSON.stringify(bad, null, 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'invalid-value', path: '/nodes/0/level' });
    expect(result.errors[0]!.line).toBeGreaterThan(5);
    expect(result.errors[0]!.message.nl).toContain('strategic');
  });

  it('names unknown fields and unknown kinds', () => {
    const bad = structuredClone(minimal) as { nodes: Record<string, unknown>[] };
    bad.nodes[0]!.titel = 'x';
    bad.nodes[1]!.kind = 'activiteit';
    const result = parseDocument(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['unknown-field', '/nodes/0/titel'],
      ['unknown-kind', '/nodes/1/kind'],
    ]);
  });

  it('refuses other formats and newer versions clearly', () => {
    const foreign = parseDocument('{"nodes": []}');
    expect(!foreign.ok && foreign.errors[0]!.code).toBe('not-veranderlogica');
    const newer = parseDocument({ ...minimal, version: 7 });
    expect(!newer.ok && newer.errors[0]!.message.nl).toContain('versie 7');
  });

  it('round-trips through serializeDocument', () => {
    const result = parseDocument(minimal);
    if (!result.ok) throw new Error('expected ok');
    const text = serializeDocument(result.document);
    expect(text.endsWith('}\n')).toBe(true);
    const again = parseDocument(text);
    expect(again.ok && again.document).toEqual(result.document);
    expect(serializeDocument(again.ok ? again.document : result.document)).toBe(text);
  });

  it('says a number is too large rather than "expected number, got number", and explains allowed values in Dutch', () => {
    const text = JSON.stringify({ ...minimal, nodes: [{ id: 'g', kind: 'goal', title: 'Doel', level: 'hoog' }] }).replace(
      '"title":"Doel"',
      '"title":"Doel","tags":[],"description":""',
    );
    const infinite = parseDocument(
      JSON.stringify({ ...minimal, layout: { direction: 'BT', positions: {} } }).replace(
        '"positions":{}',
        '"positions":{"g":{"x":1e400,"y":0}}',
      ),
    );
    expect(!infinite.ok && infinite.errors.map((e) => e.message.nl)).toEqual([
      'Dit getal is te groot om te bewaren (oneindig); gebruik een gewoon getal.',
    ]);
    const level = parseDocument(text);
    // Errors are data too: the values the message names travel with it.
    expect(!level.ok && level.errors[0]!.params).toMatchObject({
      value: '"hoog"',
      choices: { en: '"strategic", "tactical", "operational"' },
    });
    expect(!level.ok && level.errors[0]!.message.nl).toBe(
      'Ongeldige waarde "hoog"; kies uit: "strategic" (strategisch), "tactical" (tactisch), "operational" (operationeel).',
    );
  });
});

describe('parseDocument refuses what is not there, and says where', () => {
  const current = () =>
    JSON.parse(readFileSync(new URL('../../../../examples/voorbeeldregio.json', import.meta.url), 'utf8')) as Record<string, any>;

  it('refuses a date that is not on the calendar (31 February), naming the place', () => {
    const plan = current();
    const indicator = plan.nodes.find((node: any) => node.kind === 'indicator');
    indicator.targets[0].date = '2027-02-31';
    const result = parseDocument(JSON.stringify(plan));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.code).toBe('invalid-format');
    expect(result.errors[0]!.path).toMatch(/^\/nodes\/\d+\/targets\/0\/date$/);
    expect(result.errors[0]!.message.nl).toContain('een datum die bestaat');
    // 29 February of a leap year is on the calendar.
    indicator.targets[0].date = '2028-02-29';
    expect(parseDocument(JSON.stringify(plan)).ok).toBe(true);
    plan.meta.created = '2026-04-31T10:00:00.000Z';
    expect(parseDocument(JSON.stringify(plan)).ok).toBe(false);
  });

  it('refuses bytes that are not UTF-8 with their byte offset, and reads UTF-8 (a genuine "�" too)', () => {
    const text = serializeDocument({ ...parseOk(current()), title: 'Aanpak � eenzaamheid' });
    const bytes = new TextEncoder().encode(text);
    expect(parseDocument(bytes).ok).toBe(true);
    const at = text.indexOf('"title"') + 10;
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xc3, 0x28, ...bytes.subarray(at)]);
    const result = parseDocument(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.code).toBe('not-utf8');
    expect(result.errors[0]!.message.nl).toContain(`byte ${at} (vanaf 0 geteld)`);
  });

  it('locates nesting past the limit in a file that is also broken (5,000 levels never closed)', () => {
    const result = parseDocument(`{"format":"veranderlogica","version":3,"nodes":${'['.repeat(5_000)}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.code).toBe('too-deep');
    expect(result.errors[0]!.line).toBe(1);
    expect(result.errors[0]!.column).toBeGreaterThan(40);
    expect(result.errors[0]!.message.nl).not.toContain('call stack');
  });
});

function parseOk(raw: unknown) {
  const result = parseDocument(raw);
  if (!result.ok) throw new Error('the example does not parse');
  return result.document;
}

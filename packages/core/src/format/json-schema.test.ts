import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../model/schema.js';
import { listTemplates } from '../templates/index.js';
import { documentJsonSchema } from './json-schema.js';
import { serializeDocument } from './serialize.js';

const schemaFile = new URL('../../schema/veranderlogica.schema.json', import.meta.url);
const exampleFile = new URL('../../../../examples/voorbeeldregio.json', import.meta.url);

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validateWithAjv = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

const valid: [string, unknown][] = [
  ...listTemplates().map((t): [string, unknown] => [`template ${t.id}`, JSON.parse(serializeDocument(t.create())) as unknown]),
  ['examples/voorbeeldregio.json', JSON.parse(readFileSync(exampleFile, 'utf8')) as unknown],
  [
    'a document with $schema and its own areas',
    {
      ...(JSON.parse(readFileSync(exampleFile, 'utf8')) as object),
      $schema: 'https://example.org/veranderlogica.schema.json',
      areas: [
        { id: 'prevention', label: 'Preventie' },
        { id: 'armoede', label: 'Armoede en bestaanszekerheid' },
        { id: 'signalling', label: 'Signalering' },
        { id: 'care-and-support', label: 'Zorg' },
        { id: 'environment', label: 'Omgeving' },
        { id: 'enforcement-and-aftercare', label: 'Handhaving' },
      ],
    },
  ],
];

const base = (): any => JSON.parse(readFileSync(exampleFile, 'utf8'));
const mutations: [string, (doc: any) => void][] = [
  ['unknown kind', (d) => (d.nodes[0].kind = 'activity')],
  ['missing title', (d) => delete d.nodes[0].title],
  ['unknown node field', (d) => (d.nodes[0].titel = 'x')],
  ['bad goal level', (d) => (d.nodes[0].level = 'high')],
  ['bad baseline date', (d) => (d.nodes.find((n: any) => n.kind === 'indicator').baseline.date = '31-12-2024')],
  ['javascript: link', (d) => (d.nodes.find((n: any) => n.evidence).evidence.link = 'javascript:alert(1)')],
  ['wrong version', (d) => (d.version = 4)],
  ['wrong format', (d) => (d.format = 'toc')],
  ['missing meta', (d) => delete d.meta],
  ['unknown top-level field', (d) => (d.extra = true)],
  ['id with a space', (d) => (d.nodes[0].id = 'doel 1')],
  ['negative votes', (d) => (d.workshop.votes['int-lespakket'] = -1)],
  ['fractional year', (d) => (d.scope.period.start = 2025.5)],
  ['nodes not a list', (d) => (d.nodes = {})],
  ['edge kind unknown', (d) => (d.edges[0].kind = 'causes')],
  ['title too long', (d) => (d.nodes[0].title = 'x'.repeat(501))],
  ['number as string', (d) => (d.nodes.find((n: any) => n.kind === 'indicator').targets[0].value = '10')],
  ['unknown indicator direction', (d) => (d.nodes.find((n: any) => n.kind === 'indicator').direction = 'up')],
  ['group without title', (d) => delete d.groups[0].title],
  ['empty list of own areas', (d) => (d.areas = [])],
  ['position beyond the bounds', (d) => (d.layout = { direction: 'BT', positions: { 'doel-herstel': { x: 1e308, y: 0 } } })],
  ['source link not a web address', (d) => (d.sources[0].link = 'file:///etc/passwd')],
  ['v1 single target', (d) => (d.nodes.find((n: any) => n.kind === 'indicator').target = { value: 1, date: '2027-01-01' })],
  ['timestamp with offset', (d) => (d.meta.updated = '2026-01-01T12:00:00+01:00')],
  ['position key not an id', (d) => (d.layout = { direction: 'BT', positions: { 'a b': { x: 0, y: 0 } } })],
];

describe('JSON Schema', () => {
  it('the checked-in schema file is up to date (run `npm run generate`)', () => {
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(documentJsonSchema());
  });

  it('the checked-in worked example is up to date (run `npm run generate`)', () => {
    const fromTemplate = JSON.parse(
      serializeDocument(
        listTemplates()
          .find((t) => t.id === 'voorbeeldregio')!
          .create(),
      ),
    );
    const { id: _a, meta: _b, ...expected } = fromTemplate;
    const { id: _c, meta: _d, ...actual } = base();
    expect(actual).toEqual(expected);
  });

  it.each(valid)('ajv and zod both accept %s', (_name, doc) => {
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(validateWithAjv(doc), JSON.stringify(validateWithAjv.errors)).toBe(true);
  });

  it.each(mutations)('ajv and zod both refuse a document with %s', (_name, mutate) => {
    const doc = base();
    mutate(doc);
    const zod = DocumentSchema.safeParse(doc).success;
    const json = validateWithAjv(doc);
    expect({ zod, ajv: json }).toEqual({ zod: false, ajv: false });
  });
});

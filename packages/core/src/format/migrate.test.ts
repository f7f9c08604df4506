import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../validate/validate.js';
import { parseDocument } from './parse.js';
import { migrate } from './migrate.js';

/** A hand-made file in the version-0 draft shape: type/label, links, partners, no id or meta. */
const versionZero = {
  format: 'veranderlogica',
  version: 0,
  title: 'Concept aanpak Voorbeeldstad',
  nodes: [
    { id: 'i1', type: 'intervention', label: 'Lespakket weerbaarheid', actors: ['ggd'] },
    { id: 'm1', type: 'mechanism', label: 'Leerlingen oefenen met grenzen' },
    { id: 'o1', type: 'outcome', label: 'Jongeren geven grenzen aan' },
    { id: 'g1', type: 'goal', label: 'Minder seksueel geweld' },
    { id: 'k1', type: 'indicator', label: 'Aandeel scholen met lespakket', source: 'GGD', target: { value: 80, date: '2027-12-31' } },
  ],
  links: [
    { from: 'i1', to: 'm1', because: 'oefenen werkt' },
    { from: 'm1', to: 'o1' },
    { from: 'o1', to: 'g1' },
    { from: 'k1', to: 'g1' },
  ],
  partners: [{ id: 'ggd', name: 'GGD', domain: 'care' }],
};

describe('migrate', () => {
  it('brings a version-0 draft to the current version step by step', () => {
    const { document, steps } = migrate(structuredClone(versionZero));
    expect(steps.map((step) => step.from)).toEqual([0, 1]);
    expect(document.version).toBe(2);
    expect(document).not.toHaveProperty('links');
    expect(document).not.toHaveProperty('partners');
  });

  it('parseDocument reads the old shape, warns that it migrated, and keeps every card, link and partner', () => {
    const result = parseDocument(JSON.stringify(versionZero));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.code)).toEqual(['migrated']);
    expect(result.warnings[0]!.message.nl).toContain('versie 0 naar 2');
    const { document } = result;
    expect(document.nodes.map((n) => [n.id, n.kind, n.title])).toEqual([
      ['i1', 'intervention', 'Lespakket weerbaarheid'],
      ['m1', 'mechanism', 'Leerlingen oefenen met grenzen'],
      ['o1', 'outcome', 'Jongeren geven grenzen aan'],
      ['g1', 'goal', 'Minder seksueel geweld'],
      ['k1', 'indicator', 'Aandeel scholen met lespakket'],
    ]);
    expect(document.edges.map((e) => [e.source, e.target, e.kind])).toEqual([
      ['i1', 'm1', 'leads-to'],
      ['m1', 'o1', 'leads-to'],
      ['o1', 'g1', 'leads-to'],
      ['k1', 'g1', 'measures'],
    ]);
    expect(document.edges[0]!.rationale).toBe('oefenen werkt');
    expect(document.actors).toEqual([{ id: 'ggd', name: 'GGD', domain: 'care', contact: '', offer: '' }]);
    const indicator = document.nodes.find((n) => n.kind === 'indicator');
    expect(indicator?.kind === 'indicator' && indicator.targets).toEqual([{ value: 80, date: '2027-12-31' }]);
    expect(validate(document).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a broken old file with the usual errors instead of failing', () => {
    const result = parseDocument({ format: 'veranderlogica', version: 0, nodes: [{ id: 'x', type: 'doel', label: 'x' }] });
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['unknown-kind']);
  });
});

/** The worked example as it was written in format version 1, kept as a fixture. */
const v1Example = JSON.parse(readFileSync(new URL('./fixtures/voorbeeldregio-v1.json', import.meta.url), 'utf8')) as Record<string, any>;

describe('migrating format 1 to 2', () => {
  const result = parseDocument(JSON.stringify(v1Example));
  const document = result.ok ? result.document : undefined;

  it('reads the v1 worked example with a warning and no errors', () => {
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['migrated']);
  });

  it('keeps every node, edge, partner, target group, fact and vote, with the same contents', () => {
    const doc = document!;
    expect(doc.nodes.length).toBe(v1Example.nodes.length);
    expect(doc.edges).toEqual(v1Example.edges);
    expect(doc.actors).toEqual(v1Example.actors);
    expect(doc.targetGroups).toEqual(v1Example.targetGroups);
    expect(doc.context).toEqual(v1Example.context);
    expect(doc.workshop).toEqual(v1Example.workshop);
    expect(doc.layout).toEqual(v1Example.layout);
    expect([doc.title, doc.description, doc.scope, doc.meta]).toEqual([
      v1Example.title,
      v1Example.description,
      v1Example.scope,
      v1Example.meta,
    ]);
    v1Example.nodes.forEach((old: Record<string, any>, i: number) => {
      const now = doc.nodes[i] as Record<string, any>;
      for (const [key, value] of Object.entries(old)) {
        if (key === 'target') expect(now.targets, `${old.id}.targets`).toEqual([value]);
        else expect(now[key], `${old.id}.${key}`).toEqual(value);
      }
    });
  });

  it('gives indicators without a target an empty list of targets', () => {
    const old = structuredClone(v1Example);
    delete old.nodes.find((n: any) => n.kind === 'indicator').target;
    const read = parseDocument(old);
    expect(read.ok && read.document.nodes.filter((n) => n.kind === 'indicator' && n.targets.length === 0).length).toBe(1);
  });
});

describe('migration never drops data silently', () => {
  const current = JSON.parse(readFileSync(new URL('../../../../examples/voorbeeldregio.json', import.meta.url), 'utf8')) as Record<
    string,
    any
  >;

  it.each([0, -0])('refuses a current file whose version is mistyped as %s, naming the fields it would lose', (version) => {
    const result = parseDocument({ ...current, version });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['migration-failed', '/edges'],
      ['migration-failed', '/actors'],
    ]);
    expect(result.errors[0]!.message.nl).toContain('Zet "version" op het juiste nummer (2)');
  });

  it('refuses a v0 file whose collections are not lists, or hold things that are not objects', () => {
    const result = parseDocument({
      format: 'veranderlogica',
      version: 0,
      nodes: { a: 1 },
      links: [1, { from: 'a', to: 'b' }],
      partners: 'GGD',
    });
    expect(!result.ok && result.errors.map((e) => [e.code, e.path])).toEqual([
      ['migration-failed', '/nodes'],
      ['migration-failed', '/links/0'],
      ['migration-failed', '/partners'],
    ]);
  });

  it('refuses a v1 file that already has v2 targets next to its target', () => {
    const old = structuredClone(v1Example);
    const indicator = old.nodes.find((n: any) => n.kind === 'indicator');
    indicator.targets = [indicator.target];
    const result = parseDocument(old);
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['migration-failed']);
  });

  it('keeps unknown fields of a link, so the schema reports them instead of losing them', () => {
    const result = parseDocument({ ...versionZero, links: [{ from: 'i1', to: 'm1', weight: 3 }] });
    expect(!result.ok && result.errors.map((e) => [e.code, e.path])).toEqual([['unknown-field', '/edges/0/weight']]);
  });
});

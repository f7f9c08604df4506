import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../validate/validate.js';
import { parseDocument } from './parse.js';
import { migrate } from './migrate.js';
import { indicatorProgress } from '../analysis/progress.js';
import { toHtmlReport } from '../export/html.js';
import type { IndicatorNode } from '../model/schema.js';

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
    expect(steps.map((step) => step.from)).toEqual([0, 1, 2]);
    expect(document.version).toBe(3);
    expect(document).not.toHaveProperty('links');
    expect(document).not.toHaveProperty('partners');
  });

  it('parseDocument reads the old shape, warns that it migrated, and keeps every card, link and partner', () => {
    const result = parseDocument(JSON.stringify(versionZero));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The draft's indicator has no target: its direction cannot be inferred, and the note asks for it.
    expect(result.warnings.map((w) => w.code)).toEqual(['migrated', 'migration-note']);
    expect(result.warnings[0]!.message.nl).toContain('versie 0 naar 3');
    expect(result.warnings[1]!.message.nl).toContain('Kies bij de indicator of hoger of lager beter is');
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

  it('reads the v1 worked example with a warning and a note per indicator, and no errors', () => {
    const indicators = v1Example.nodes.filter((n: any) => n.kind === 'indicator').length;
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['migrated', ...Array(indicators).fill('migration-note')]);
  });

  it("infers each indicator's direction from its baseline and target, and says so: a falling one is lower-is-better", () => {
    const doc = document!;
    const direction = (title: string) => (doc.nodes.find((n) => n.title.startsWith(title)) as { direction?: string }).direction;
    // 11 % → 9 % and 8 % → 6 %: the two falling indicators of the worked example.
    expect(direction('Percentage jongeren dat ooit gedwongen')).toBe('decrease');
    expect(direction('Recidive onder plegers')).toBe('decrease');
    expect(direction('Aandeel slachtoffers dat binnen 7 dagen')).toBe('increase');
    const notes = result.ok ? result.warnings.filter((w) => w.code === 'migration-note') : [];
    const falling = notes.find((note) => note.message.nl.includes('Percentage jongeren'))!;
    expect(falling.path).toMatch(/^\/nodes\/\d+\/direction$/);
    expect(falling.message.nl).toContain('nulmeting 11 en streefwaarde 9: ↓ lager is beter');
    expect(falling.message.en).toContain('↓ lower is better');
  });

  it('keeps a level target as keep-level, asks where there is nothing to infer from, and keeps a direction the file has', () => {
    const old = structuredClone(v1Example);
    const indicators = old.nodes.filter((n: any) => n.kind === 'indicator');
    indicators[0].target = { ...indicators[0].target, value: indicators[0].baseline.value };
    delete indicators[1].target;
    delete indicators[2].baseline;
    indicators[3].direction = 'increase';
    const read = parseDocument(old);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const byId = (id: string) => read.document.nodes.find((n) => n.id === id) as { direction?: string };
    expect(indicators.slice(0, 4).map((n: any) => byId(n.id).direction)).toEqual(['maintain', 'unknown', 'unknown', 'increase']);
    const asked = read.warnings.filter((w) => w.message.nl.includes('Kies bij de indicator'));
    expect(asked).toHaveLength(2);
    // The plan says what is still to be decided.
    expect(validate(read.document).filter((f) => f.code === 'indicator-direction-unknown')).toHaveLength(2);
    expect(validate(read.document).filter((f) => f.code === 'indicator-direction-contradicts')).toHaveLength(1);
  });

  it("judges a migrated falling indicator's progress the right way round, in the report too", () => {
    const doc = structuredClone(document!);
    const node = doc.nodes.find((n) => n.title.startsWith('Percentage jongeren dat ooit gedwongen')) as IndicatorNode;
    // 11 → 9 from 2023 to 2028; 9.5 at the end of 2025 is ahead of the line (10.2 expected).
    node.measurements = [{ value: 9.5, date: '2025-12-31' }];
    expect(indicatorProgress(node).status).toBe('on-track');
    const html = toHtmlReport(doc, { since: false });
    const row = html.slice(html.indexOf('Percentage jongeren dat ooit gedwongen', html.indexOf('id="progress"')));
    expect(row.slice(0, 600)).toContain('data-status="on-track"');
    expect(row.slice(0, 600)).toContain('↓ lager is beter');
  });

  it('keeps every node, edge, partner, target group, fact and vote, with the same contents', () => {
    const doc = document!;
    expect(doc.nodes.length).toBe(v1Example.nodes.length);
    expect(doc.edges).toEqual(v1Example.edges);
    expect(doc.actors).toEqual(v1Example.actors);
    expect(doc.targetGroups).toEqual(v1Example.targetGroups);
    expect(doc.context).toEqual(v1Example.context);
    expect(doc.workshop).toEqual({ ...v1Example.workshop, ideas: [] });
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
    expect(result.errors[0]!.message.nl).toContain('Zet "version" op het juiste nummer (3)');
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

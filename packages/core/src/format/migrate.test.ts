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
  it('brings a version-0 draft to version 1 step by step', () => {
    const { document, steps } = migrate(structuredClone(versionZero));
    expect(steps.map((step) => step.from)).toEqual([0]);
    expect(document.version).toBe(1);
    expect(document).not.toHaveProperty('links');
    expect(document).not.toHaveProperty('partners');
  });

  it('parseDocument reads the old shape, warns that it migrated, and keeps every card, link and partner', () => {
    const result = parseDocument(JSON.stringify(versionZero));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.code)).toEqual(['migrated']);
    expect(result.warnings[0]!.message.nl).toContain('versie 0 naar 1');
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
    expect(validate(document).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a broken old file with the usual errors instead of failing', () => {
    const result = parseDocument({ format: 'veranderlogica', version: 0, nodes: [{ id: 'x', type: 'doel', label: 'x' }] });
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['unknown-kind']);
  });
});

// @vitest-environment node
import Papa from 'papaparse';
import parseDot from 'dotparser';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.js';
import { createNode } from '../model/factory.js';
import { measurementPlanCsv, MEASUREMENT_PLAN_COLUMNS } from './measurement-plan-csv.js';
import { toDot } from './dot.js';
import { toMermaid } from './mermaid.js';
import { escapeMarkdown, toMarkdownReport } from './markdown.js';
import type { Document } from '../model/schema.js';
import type { Mermaid } from 'mermaid';

const example = getTemplate('voorbeeldregio')!.create();
const HOSTILE =
  'Titel met "aanhalingstekens", <script>alert(1)</script>; en\neen regel | pijp \\ backslash [link](javascript:alert(1)) #kop';

/** The worked example with one hostile title on a goal and an indicator. */
function hostile(): Document {
  const nodes = example.nodes.map((node) =>
    node.id === 'doel-herstel' || node.id === 'ind-recidive' ? { ...node, title: HOSTILE } : node,
  );
  return { ...example, nodes };
}

describe('measurement plan CSV', () => {
  it('reads back with a CSV parser: a BOM, a header and one row per indicator', () => {
    const text = measurementPlanCsv(example, { language: 'nl' });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(MEASUREMENT_PLAN_COLUMNS.map((c) => c.nl));
    expect(rows).toHaveLength(example.nodes.filter((n) => n.kind === 'indicator').length);
    const at = (heading: string) => header!.indexOf(heading);
    const csg = rows.find((row) => row[at('Id')] === 'ind-meldingen-csg')!;
    const pick = (...headings: string[]) => headings.map((heading) => csg[at(heading)]);
    expect(
      pick('Soort', 'Soort waarde', 'Richting', 'Eenheid', 'Nulmeting', 'Datum nulmeting', 'Streefwaarde', 'Datum streefwaarde'),
    ).toEqual(['effect', 'aantal', '↑ hoger is beter', 'meldingen per jaar', '140', '2024-12-31', '180', '2027-12-31']);
    expect(pick('Laatste meting', 'Datum laatste meting', 'Bron', 'Eigenaar', 'Groep')).toEqual([
      '152',
      '2025-06-30',
      'Registratie Centrum Seksueel Geweld',
      'Centrum Seksueel Geweld voorbeeldregio',
      'Snelle hulp en herstel',
    ]);
    const forced = rows.find((row) => row[at('Id')] === 'ind-gedwongen')!;
    expect([forced[at('Richting')], forced[at('Alle streefwaarden')], forced[at('Uitsplitsing')], forced[at('Referentiecodes')]]).toEqual([
      '↓ lager is beter',
      '10 (2026-12-31); 9 (2028-12-31)',
      'geslacht, leeftijd',
      'SDG 5.2.1',
    ]);
  });

  it('keeps quotes, delimiters and line breaks intact, in English too, with another delimiter', () => {
    const text = measurementPlanCsv(hostile(), { language: 'en', delimiter: ';' });
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]![0]).toBe('Indicator');
    expect(parsed.data.some((row) => row[0] === HOSTILE)).toBe(true);
  });
});

describe('DOT', () => {
  it('parses with a DOT parser into one node statement per node and one edge per edge', () => {
    const [graph] = parseDot(toDot(hostile()));
    const statements = graph!.children;
    const nodeIds = statements.filter((s) => s.type === 'node_stmt').map((s) => (s as { node_id: { id: string } }).node_id.id);
    expect(new Set(nodeIds)).toEqual(new Set(example.nodes.map((n) => n.id)));
    expect(statements.filter((s) => s.type === 'edge_stmt')).toHaveLength(example.edges.length);
    const label = statements
      .filter((s) => s.type === 'node_stmt')
      .map((s) => s as { node_id: { id: string }; attr_list: { id: string; eq: string }[] })
      .find((s) => s.node_id.id === 'doel-herstel')!
      .attr_list.find((a) => a.id === 'label')!.eq;
    expect(label.replace(/\\n/g, ' ')).toContain('<script>alert(1)</script>');
  });
});

describe('Mermaid', () => {
  let mermaid: Mermaid;
  beforeAll(async () => {
    // Mermaid's sanitiser needs a DOM; its parser does not render anything.
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    mermaid = (await import('mermaid')).default;
  }, 60_000);

  it("is accepted by Mermaid's own parser, with every node and edge", async () => {
    const text = toMermaid(hostile(), { language: 'nl' });
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as unknown as { getVertices(): Map<string, unknown>; getEdges(): unknown[] };
    expect(db.getVertices().size).toBe(example.nodes.length);
    expect(db.getEdges()).toHaveLength(example.edges.length);
  });

  it('a broken flowchart is refused by the same parser (the check can fail)', async () => {
    await expect(mermaid.parse(toMermaid(example).replace(' --> ', ' --> ["'))).rejects.toThrow();
  });
});

describe('Markdown report', () => {
  it('has every section and tells a route per intervention', () => {
    const md = toMarkdownReport(example, { language: 'nl', date: new Date('2026-11-22') });
    for (const heading of [
      '## Samenvatting',
      '## Probleem en context',
      '## Doelen en hoe we ze bereiken',
      '## Prioriteiten',
      '## Partners (sociale kaart)',
      '## Meetplan',
      '## Aanbod: witte vlekken en dubbelingen',
      '## Aannames en risico’s',
      '## Open vragen (parkeerplaats)',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md.match(/^### Doel: /gm)).toHaveLength(5);
    expect(md).toContain(
      '**Daderaanpak: behandeling en toezicht van plegers** (handhaving en nazorg; bestaand; door Reclassering en Openbaar Ministerie) draagt via *Risicogestuurde behandeling en toezicht verminderen recidive* (waarom: ',
    );
    // Organised by the plan's strategies, with the mechanisms' why and the evidence, linked.
    expect(md).toContain('#### Voorkomen: jongeren weerbaar en respectvol');
    expect(md).toContain('(waarom: Leerlingen krijgen woorden voor wensen en grenzen en oefenen met grenzen aangeven en respecteren)');
    expect(md).toContain(
      'Onderbouwing: [Erkend lespakket uit de databank effectieve jeugdinterventies (NJi)](<https://www.nji.nl/interventies>).',
    );
    expect(md).not.toMatch(/\n\n\n/);
  });

  it('speaks English when asked', () => {
    const md = toMarkdownReport(example, { language: 'en' });
    expect(md).toContain('## Goals and how we reach them');
    expect(md).toContain('contributes through');
  });

  it('keeps markup in titles as plain text', () => {
    const md = toMarkdownReport(hostile(), { language: 'nl' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/[^\\]\[link\]\(javascript/);
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });

  it('handles an empty document', () => {
    const md = toMarkdownReport({
      ...example,
      nodes: [createNode('goal', { id: 'g', title: '' })],
      edges: [],
      actors: [],
      targetGroups: [],
      workshop: undefined,
    });
    expect(md).toContain('Nog geen interventie werkt aantoonbaar aan dit doel');
  });
});

describe('reports of hostile size', () => {
  it('tell a plan with a 6,000-card chain, and say when not every chain could be told', async () => {
    const { longChain } = await import('../testing/plans.js');
    const { documentStats } = await import('../analysis/stats.js');
    expect(toMarkdownReport(longChain(6_000)).length).toBeGreaterThan(0);
    expect(documentStats(longChain(6_000)).chains).toBe(1);
    const many = longChain(3_000, 1_000);
    expect(documentStats(many).chainsTruncated).toBe(true);
    expect(toMarkdownReport(many)).toContain('alleen de eerste zijn hieronder beschreven');
  });
});

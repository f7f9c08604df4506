import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../edit/apply.js';
import { reportModel } from '../../report/model.js';
import { commentOperation, declineSuggestion, startReviewRound, suggestOperation } from '../../review/intents.js';
import { reactienota } from '../../review/reactienota.js';
import { getTemplate } from '../../templates/index.js';
import { ungroupedPlan } from '../../testing/plans.js';
import { getExportFormat } from '../registry.js';
import { wordReactienota } from './reactienota.js';
import { wordReport } from './report.js';

const PICTURE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1060" height="600" viewBox="0 0 1060 600"><text x="10" y="20">Plaat</text></svg>';
const TALL = '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="1200"><rect width="700" height="1200"/></svg>';

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  return { zip, document: await read('word/document.xml'), styles: await read('word/styles.xml'), core: await read('docProps/core.xml') };
}

describe('the report as a Word file', () => {
  it('has real headings, tables, the pictures as SVG with a PNG, A4 pages and the plan’s language', async () => {
    const document = getTemplate('voorbeeldregio')!.create();
    const goal = document.nodes.find((node) => node.kind === 'goal')!;
    const bytes = await wordReport(reportModel(document, { language: 'nl', date: new Date('2026-06-01T00:00:00Z') }), {
      overview: PICTURE,
      pages: [{ goal: goal.id, svg: TALL, orientation: 'portrait', page: 3 }],
      rasterise: (svg) => Promise.resolve(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, svg.length % 256])], { type: 'image/png' })),
    });
    const { zip, document: xml, styles, core } = await unzip(bytes);
    // Headings are Word headings, in order: the summary, the goals, a goal, the measurement plan.
    const headings = [...xml.matchAll(/<w:pStyle w:val="(Heading\d)"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(
      expect.arrayContaining(['Heading1 Samenvatting', 'Heading1 Doelen en hoe we ze bereiken', 'Heading1 Meetplan']),
    );
    expect(headings.some((h) => h.startsWith(`Heading2 Doel: ${goal.title}`))).toBe(true);
    expect(headings).toContain('Heading3 Waar dit doel op rust');
    // Tables with a heading row repeated on every page.
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(xml).toContain('<w:tblHeader/>');
    // Both pictures: an SVG with its PNG stand-in; the overview on a landscape page, the tall one on a portrait page.
    const media = Object.keys(zip.files).filter((path) => path.startsWith('word/media/'));
    expect(media.filter((path) => path.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((path) => path.endsWith('.png'))).toHaveLength(2);
    expect(xml).toContain('svgBlip');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // The overview fits the landscape page at print size: 1060 px wide is 1060 × 9525 EMU.
    expect(xml).toContain('cx="10096500"');
    // The tall page is shrunk to fit its portrait page, never stretched.
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const tall = extents.find(([cx]) => cx !== 10_096_500)!;
    expect(tall[1] / tall[0]).toBeCloseTo(1200 / 700, 2);
    expect(tall[1]).toBeLessThan(700 * 9525 * (1200 / 700));
    expect(styles).toContain('w:val="nl-NL"');
    expect(core).toContain(document.title.replace(/—/g, '—'));
    expect(xml).toContain('Status');
    expect(xml).toContain('concept');
  });

  it('runs from the export registry, with the status and the evidence in an English report too', async () => {
    const document = {
      ...ungroupedPlan({ longTitles: true }),
      status: 'adopted' as const,
      adoption: { date: '2026-06-25', body: 'council' as const },
    };
    const format = getExportFormat('docx')!;
    expect(format.extension).toBe('docx');
    const bytes = (await format.run(document, {
      language: 'en',
      reportPictures: () => Promise.resolve({ overview: PICTURE, unmarked: PICTURE, pages: [] }),
    })) as Uint8Array;
    const { document: xml, styles } = await unzip(bytes);
    expect(xml).toContain('adopted on 25 June 2026 by the municipal council');
    expect(xml).toContain('What this goal rests on');
    expect(styles).toContain('w:val="en-GB"');
  });

  it('an empty plan makes a Word file without pictures', async () => {
    const bytes = (await getExportFormat('docx')!.run(getTemplate('blank')!.create(), {})) as Uint8Array;
    const { zip, document: xml } = await unzip(bytes);
    expect(Object.keys(zip.files).some((path) => path.startsWith('word/media/'))).toBe(false);
    expect(xml).toContain('Samenvatting');
  });
});

describe('the reactienota as a Word file', () => {
  it('has a heading and a table per partner with the comment, the answer and the decision', async () => {
    let document = getTemplate('voorbeeldregio')!.create();
    const [first, second] = document.actors;
    const intervention = document.nodes.find((node) => node.kind === 'intervention')!;
    const apply = (operation: Parameters<typeof applyOperation>[1]) => (document = applyOperation(document, operation).document);
    apply(
      startReviewRound(document, {
        title: 'Consultatie netwerkpartners',
        deadline: '2026-03-29',
        partners: [{ actor: first!.id }, { actor: second!.id }],
      }),
    );
    const round = document.reviews[0]!.id;
    apply(
      commentOperation(document, {
        about: intervention.id,
        author: { name: 'Femke', partner: first!.id },
        text: 'Wie voert dit uit op het mbo?',
        round,
      }),
    );
    apply(
      suggestOperation(document, {
        author: { name: 'Femke', partner: first!.id },
        proposal: { type: 'retitle', id: intervention.id, title: 'Voorlichting voor iedereen' },
        round,
      }),
    );
    apply(declineSuggestion(document, document.suggestions[0]!.id, 'De titel noemt de doelgroep bewust.'));
    const { document: xml } = await unzip(await wordReactienota(reactienota(document, { language: 'nl' })));
    expect(xml).toContain('Reactienota: ');
    expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>.*?${first!.name}`));
    expect(xml).toContain('Wie voert dit uit op het mbo?');
    expect(xml).toContain('De titel noemt de doelgroep bewust.');
    expect(xml).toContain('Niet overgenomen');
    expect(xml).toContain('Nog geen reactie'); // the second partner
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3);
  });

  it('runs from the export registry as reactienota.docx', async () => {
    const format = getExportFormat('reactienota')!;
    expect([format.extension, format.needs]).toEqual(['docx', []]);
    const { document: xml } = await unzip((await format.run(ungroupedPlan(), { language: 'en' })) as Uint8Array);
    expect(xml).toContain('There are no comments or suggestions.');
  });
});

describe('the Word files on hostile text', () => {
  it('write every hostile string as text: the XML parses, no control character or lone surrogate reaches it', async () => {
    const { HOSTILE_STRINGS } = await import('../../testing/hostile.js');
    let document = getTemplate('voorbeeldregio')!.create();
    document = {
      ...document,
      title: HOSTILE_STRINGS.join(' '),
      nodes: document.nodes.map((node, i) => ({ ...node, title: HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]! })),
    };
    const partner = document.actors[0]!;
    for (const [i, text] of HOSTILE_STRINGS.entries())
      document = applyOperation(
        document,
        commentOperation(document, { author: { name: text.slice(0, 200) || 'x', partner: partner.id }, text: `${text} ${i}` }),
      ).document;
    for (const bytes of [
      await wordReport(reportModel(document, { language: 'nl' })),
      await wordReactienota(reactienota(document, { language: 'nl' })),
    ]) {
      const { document: xml } = await unzip(bytes);
      const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('');
      // eslint-disable-next-line no-control-regex -- looking for them is the point
      expect(texts).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(texts).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(xml.isWellFormed()).toBe(true);
      expect(new DOMParserLike(xml).ok).toBe(true);
    }
  });
});

/** Whether XML is well formed, by a strict parse of its tags (jsdom is not at hand in the core's tests). */
class DOMParserLike {
  readonly ok: boolean;
  constructor(xml: string) {
    const stack: string[] = [];
    let ok = true;
    for (const match of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
      const [, close, name, self] = match;
      if (match[0].startsWith('<?')) continue;
      if (self) continue;
      if (close) ok &&= stack.pop() === name;
      else stack.push(name!);
    }
    this.ok = ok && stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xml);
  }
}

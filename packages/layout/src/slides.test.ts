import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { getExportFormat, getTemplate, type Document } from '@veranderlogica/core';
import { planProgress } from '@veranderlogica/core/measurements';
import { strategyPlan, ungroupedPlan } from '@veranderlogica/core/testing';
import { exportContext } from './node.js';
import { pictureProblems, readPicture } from './picture-check.js';
import { svgSize } from './picture.js';

const EMU_PER_POINT = 12_700;

async function deck(document: Document, rasterise?: (svg: string) => Promise<Blob>) {
  const context = exportContext(document, rasterise ? { rasterise } : {});
  const bytes = (await getExportFormat('pptx')!.run(document, context)) as Uint8Array;
  const zip = await JSZip.loadAsync(bytes);
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const slides = await Promise.all(slideNames.map((name) => zip.file(name)!.async('string')));
  const rels = await Promise.all(slideNames.map((name) => zip.file(name.replace('slides/', 'slides/_rels/') + '.rels')!.async('string')));
  return { zip, slides, rels, pictures: await context.slidePictures!() };
}

describe('the slide deck (pptx)', () => {
  it.each([
    ['a plan without groups', ungroupedPlan()],
    ['the worked example', getTemplate('voorbeeldregio')!.create()],
    ['a plan of seven strategies', strategyPlan(6, { strategies: 7, interventions: 3 })],
  ] as [string, Document][])(
    'of %s: 16:9, a title slide, the whole plan, a slide per part at 14 pt, the indicators; text ≥ 14 pt, pictures as SVG and PNG',
    async (_name, document) => {
      const { zip, slides, rels, pictures } = await deck(document);
      // 16:9.
      const presentation = await zip.file('ppt/presentation.xml')!.async('string');
      const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
      expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2);
      // Title, whole plan, one slide per part, the indicators seven to a slide.
      const indicatorSlides = Math.ceil(planProgress(document).length / 7);
      expect(slides).toHaveLength(2 + pictures.pages.length + indicatorSlides);
      expect(slides[0]).toContain(document.title.replaceAll('—', '—'));
      // Every goal with chains and every strategy with interventions has a slide that names it.
      const headings = slides.slice(2).join('\n');
      for (const group of document.groups.filter((g) => document.nodes.some((n) => n.kind === 'intervention' && n.group === g.id)))
        expect(headings, group.title).toContain(group.title);
      // Every run of text is 14 pt or more.
      const sizes = slides.flatMap((slide) => [...slide.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g)].map((match) => Number(match[1]) / 100));
      expect(sizes.length).toBeGreaterThan(slides.length);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
      // Pictures: an SVG with a PNG beside it on the whole-plan slide and every part's; parts drawn at 1 pt per px or more.
      for (const [i, page] of pictures.pages.entries()) {
        const slide = slides[2 + i]!;
        expect(rels[2 + i]).toMatch(/Target="\.\.\/media\/image-\d+-\d+\.svg"/);
        expect(rels[2 + i]).toMatch(/Target="\.\.\/media\/image-\d+-\d+\.png"/);
        expect(slide).toContain('asvg:svgBlip');
        const width = Number(/<p:pic>[\s\S]*?<a:ext cx="(\d+)"/.exec(slide)![1]);
        expect(width / EMU_PER_POINT / svgSize(page.svg).width, `slide ${3 + i}`).toBeGreaterThanOrEqual(0.999);
        expect(pictureProblems(readPicture(new JSDOM(page.svg, { contentType: 'image/svg+xml' }).window.document))).toEqual([]);
        // The notes on the cards name slides, as this deck numbers them.
        expect(page.svg).not.toMatch(/, p\. \d/);
      }
      expect(rels[1]).toMatch(/\.svg"/);
      // The indicators' slides say each indicator's status in words.
      if (indicatorSlides) expect(slides.at(-1)).toMatch(/op koers|nog niet gemeten|geen streefwaarde|aandacht|achter/);
    },
    120_000,
  );

  it('puts the rasterised picture where older programs look for a PNG', async () => {
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    const { zip } = await deck(strategyPlan(2), () => Promise.resolve(new Blob([png], { type: 'image/png' })));
    const fallbacks = Object.keys(zip.files).filter((name) => /^ppt\/media\/.*\.png$/.test(name));
    expect(fallbacks.length).toBeGreaterThan(1);
    for (const name of fallbacks) expect(await zip.file(name)!.async('uint8array')).toEqual(png);
  }, 120_000);
});

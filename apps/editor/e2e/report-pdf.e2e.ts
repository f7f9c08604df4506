import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getExportFormat, parseDocument, type Document } from '@veranderlogica/core';
import { strategyPlan, ungroupedPlan, yearLaterPlan } from '@veranderlogica/core/testing';
import { exportContext } from '@veranderlogica/layout/node';
import { launch, SCREENSHOTS } from './browser.js';
import { readPdf, type PdfPage, type Word } from './pdf.js';

const round = (size: number) => Math.round(size * 10) / 10;

/** The size most words of a page have: on a diagram page, the cards' titles. */
function commonSize(words: readonly Word[]): number {
  const count = new Map<number, number>();
  for (const word of words) count.set(round(word.size), (count.get(round(word.size)) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]![0];
}

const worked = (): Document => {
  const parsed = parseDocument(readFileSync(new URL('../../../examples/voorbeeldregio.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('The worked example does not parse');
  return parsed.document;
};

describe('the printed report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function print(document: Document, name: string): Promise<PdfPage[]> {
    const html = (await getExportFormat('html')!.run(document, exportContext(document))) as string;
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    writeFileSync(join(SCREENSHOTS, `report-${name}.pdf`), pdf);
    return readPdf(pdf);
  }

  for (const [name, make] of [
    ['worked-example', worked],
    ['strategy-plan-80', () => strategyPlan(1, { strategies: 7, interventions: 3 })],
    ['yearly', () => yearLaterPlan(worked())],
    ['without-groups-60', () => ungroupedPlan()],
    ['long-titles', () => ungroupedPlan({ longTitles: true })],
  ] as const) {
    it(`prints ${name} at 100 %: A4 pages, body text ≥ 10 pt, nothing past the page, card titles ≥ 7 pt on numbered detail pages`, async () => {
      const document = make();
      const pages = await print(document, name);
      const diagramPages = pages.filter((page) => /^p\. \d+ (Ketens naar doel|Kaarten buiten)/.test(page.text));
      expect(diagramPages.length).toBeGreaterThan(0);
      // Each detail page says its number, and it is the page it prints on: the cards' notes ("→ …, p. 7") can be trusted.
      for (const page of diagramPages) expect(page.text).toMatch(new RegExp(`^p\\. ${pages.indexOf(page) + 1} `));
      // Every card stands on a detail page: the words of its title's start are there (cards side by side interleave
      // their lines in the PDF's reading order, so words are looked up one by one).
      const detailWords = new Set(diagramPages.flatMap((page) => page.words.map((word) => word.text)));
      // A long word may be broken between syllables over two lines ("aanvul-" "lende"): its first part is there.
      const heads = [...detailWords].filter((word) => word.endsWith('-')).map((word) => word.slice(0, -1));
      const shown = (word: string) => detailWords.has(word) || heads.some((head) => head.length >= 3 && word.startsWith(head));
      for (const node of document.nodes) {
        const words = node.title.slice(0, 40).split(/\s+/).slice(0, -1);
        expect(
          words.filter((word) => !shown(word)),
          `"${node.title}" on a detail page`,
        ).toEqual([]);
      }
      const overview = pages.filter((page) => page.text.includes('De veranderlogica in beeld'));
      expect(overview).toHaveLength(1);
      // Every goal with chains has at least one page of its own.
      const goals = document.nodes.filter(
        (node) => node.kind === 'goal' && document.edges.some((edge) => edge.target === node.id && edge.kind === 'leads-to'),
      );
      for (const goal of goals)
        expect(diagramPages.some((page) => page.text.includes(goal.title.split(' ').slice(0, 3).join(' ')))).toBe(true);

      // The yearly report: progress per indicator, and what changed since the adopted version.
      const progress = pages.find((page) => page.text.startsWith('Voortgang'));
      expect(progress, 'a page that starts with Voortgang').toBeDefined();
      if (name === 'yearly') {
        for (const status of ['op koers', 'aandacht', 'achter']) expect(progress!.text).toContain(status);
        const changes = pages.find((page) => page.text.includes('Wat is er veranderd sinds Vastgesteld door de raad, 2025'));
        expect(changes?.text).toContain('Kaarten hernoemd (1)');
        expect(changes?.text).toContain('vernieuwd');
      }

      for (const [i, page] of pages.entries()) {
        // A4, portrait or landscape: the page was not scaled to fit something wider.
        expect([Math.round(page.width), Math.round(page.height)].sort()).toEqual([595, 842]);
        for (const word of page.words) {
          expect(word.xMin, `page ${i + 1}: "${word.text}" starts off the page`).toBeGreaterThanOrEqual(0);
          expect(word.xMax, `page ${i + 1}: "${word.text}" runs off the page`).toBeLessThanOrEqual(page.width);
        }
        if (overview.includes(page)) continue;
        if (diagramPages.includes(page)) {
          // The cards' titles, most of the words, print at 7 pt or more; the smallest text (a card's kind line) at 5 pt or more.
          expect(commonSize(page.words), `page ${i + 1}: card text`).toBeGreaterThanOrEqual(7);
          expect(Math.min(...page.words.map((word) => word.size)), `page ${i + 1}: smallest text`).toBeGreaterThanOrEqual(5);
          continue;
        }
        const small = page.words.filter((word) => word.size < 9.9);
        expect(
          small.map((word) => `${word.text} (${round(word.size)} pt)`),
          `page ${i + 1}: text under 10 pt`,
        ).toEqual([]);
      }
    });
  }
});

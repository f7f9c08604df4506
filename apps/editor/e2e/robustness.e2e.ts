import { readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { pictureProblems, readPicture } from '@veranderlogica/layout';
import { readPdf } from './pdf.js';
import {
  axeViolations,
  currentDocument,
  type EditorPage,
  launch,
  openEditor,
  openFile as open,
  SCREENSHOTS,
  switchLanguage,
} from './browser.js';

let browser: Browser;
let editor: EditorPage;
const baseURL = inject('baseURL');
const dir = mkdtempSync(join(tmpdir(), 'veranderlogica-e2e-'));

beforeAll(async () => {
  browser = await launch();
  editor = await openEditor(browser, baseURL);
});
afterAll(async () => {
  await browser?.close();
});

const openFile = (path: string) => open(editor.page, path);

describe('bad files', () => {
  it('a malformed file shows what is wrong and where, and the open document stays untouched', async () => {
    const { page } = editor;
    const before = await currentDocument(page);
    const path = join(dir, 'kapot.json');
    writeFileSync(path, '{\n  "format": "veranderlogica",\n  "version": 1,\n  "nodes": [,]\n}');
    await openFile(path);
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain('regel 4');
    expect(await dialog.textContent()).toContain('Dit bestand kon niet worden geopend');
    await page.screenshot({ path: `${SCREENSHOTS}03-open-error.png` });
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    expect(await currentDocument(page)).toEqual(before);
  });

  it('a file from a newer format version is refused with a clear message', async () => {
    const { page } = editor;
    const before = await currentDocument(page);
    const path = join(dir, 'nieuwer.json');
    writeFileSync(path, JSON.stringify({ ...before, version: 9 }));
    await openFile(path);
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('formaatversie 9');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Sluiten' }).click();
    expect(await currentDocument(page)).toEqual(before);
  });

  it('a card titled with markup shows it as text and runs nothing', async () => {
    const { page } = editor;
    const hostile = '<img src=x onerror=alert(1)>';
    const doc = await currentDocument(page);
    const path = join(dir, 'markup.json');
    writeFileSync(path, JSON.stringify({ ...doc, nodes: doc.nodes.map((n) => (n.id === 'doel-herstel' ? { ...n, title: hostile } : n)) }));
    await openFile(path);
    const title = page.locator('.react-flow__node[data-id="doel-herstel"] .vl-card__title');
    // Soft hyphens between syllables aside, the card shows the text as typed.
    await expect.poll(async () => (await title.textContent())?.replaceAll('\u00AD', '')).toBe(hostile);
    // No element of the title became markup anywhere on the page, so nothing can fire its onerror.
    expect(await page.locator('.react-flow__node img').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(editor.dialogs).toEqual([]);
  });
});

describe('exports', () => {
  it.each([
    ['png', 'Afbeelding (PNG)', /^\x89PNG/],
    ['svg', 'Afbeelding (SVG)', /^(<svg|data:|<\?xml)/],
    ['md', 'Rapport (Markdown)', /^# /],
    ['csv', 'Meetplan (CSV)', /^\uFEFFIndicator/],
    ['pptx', 'Presentatie (PowerPoint)', /^PK/],
  ])('exports %s as a non-empty file', async (format, label, start) => {
    const { page } = editor;
    await page.getByText('Exporteren', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: label }).click()]);
    const path = await download.path();
    expect(statSync(path).size).toBeGreaterThan(200);
    const head = readFileSync(path).subarray(0, 16);
    expect(start.test(head.toString('latin1')) || start.test(head.toString('utf8'))).toBe(true);
    if (format === 'pptx') {
      // The deck made in the browser: slides with SVG pictures, each with a real PNG beside it drawn by the browser.
      const zip = await JSZip.loadAsync(readFileSync(path));
      const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
      expect(media.filter((name) => name.endsWith('.svg')).length).toBeGreaterThan(2);
      for (const name of media.filter((file) => file.endsWith('.png'))) {
        const png = await zip.file(name)!.async('uint8array');
        expect(png.length, name).toBeGreaterThan(1_000);
      }
    }
    await page.keyboard.press('Escape');
    await page.locator('.editor-menu').evaluateAll((menus) => menus.forEach((menu) => menu.removeAttribute('open')));
  });
});

describe('the picture', () => {
  it('is the same neutral vector picture of the whole plan from every view, during the last workshop step, with a card selected', async () => {
    const { page } = editor;
    const doc = await currentDocument(page);
    // The canvas draws every connection too, those into interventions (indicators, assumptions) included.
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(doc.edges.length);
    // Workshop step 6 greys out every layer but indicators and partners on the canvas; pictures show none of that.
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
    await page.locator('button[data-step="partners-and-measures"]').click();
    await expect.poll(() => page.locator('.vl-dimmed').count()).toBeGreaterThan(0);
    await page.locator('.react-flow__node[data-id="doel-herstel"]').click();
    const exportAs = async (label: string) => {
      await page.getByText('Exporteren', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: label }).click()]);
      await page.locator('.editor-menu').evaluateAll((menus) => menus.forEach((menu) => menu.removeAttribute('open')));
      return readFileSync(await download.path());
    };
    const pictures: string[] = [];
    const pngs: Buffer[] = [];
    const reportPictures: string[] = [];
    for (const view of ['Diagram', 'Lijst', 'Indicatoren', 'Aanbod', 'Netwerk']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      pictures.push((await exportAs('Afbeelding (SVG)')).toString('utf8'));
      pngs.push(await exportAs('Afbeelding (PNG)'));
      const report = new JSDOM((await exportAs('Rapport (HTML, af te drukken als pdf)')).toString('utf8')).window.document;
      const src = report.querySelector('#diagram img')!.getAttribute('src')!;
      reportPictures.push(decodeURIComponent(src.slice(src.indexOf(',') + 1)));
    }
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
    expect(new Set(pictures).size).toBe(1);
    // The report carries the very same drawing (as the atlas's map: without the title the page has, with the detail
    // pages' numbers over it), and the PNG is that picture rasterised, whatever view was open.
    expect(new Set(reportPictures).size).toBe(1);
    const cardsOf = (svg: string) => {
      const cards = readPicture(new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document).cards;
      return cards.map((card) => ({ ...card, x: card.x - cards[0]!.x, y: card.y - cards[0]!.y }));
    };
    expect(cardsOf(reportPictures[0]!)).toEqual(cardsOf(pictures[0]!));
    expect(reportPictures[0]).toContain('data-mark=');
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(1);
    expect(pngs[0]!.subarray(0, 4).toString('latin1')).toBe('\x89PNG');
    const svg = new JSDOM(pictures[0], { contentType: 'image/svg+xml' }).window.document;
    expect(svg.querySelectorAll('foreignObject, image, script, [opacity]')).toHaveLength(0);
    const picture = readPicture(svg);
    // Every card and every connection, drawn where it belongs.
    expect(picture.cards.map((card) => card.id).sort()).toEqual(doc.nodes.map((node) => node.id).sort());
    expect(picture.connections.map((line) => line.id).sort()).toEqual(doc.edges.map((edge) => edge.id).sort());
    expect(pictureProblems(picture)).toEqual([]);
    expect(svg.querySelector('title')!.textContent).toBe(doc.title);
  });
});

describe('fitting the view', () => {
  it('keeps every band name and the line of accountability on screen', async () => {
    const { page } = editor;
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const labels = page.locator('.vl-band__label, .vl-accountability__label');
    expect(await labels.count()).toBeGreaterThan(3);
    await expect
      .poll(async () =>
        (await labels.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().left))).every(
          (left) => left >= pane.x,
        ),
      )
      .toBe(true);
  });

  it('names every strategy on a bracket under its interventions, as the picture does, and keeps the names on screen', async () => {
    const { page } = editor;
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    const doc = await currentDocument(page);
    const named = doc.groups.filter((group) => doc.nodes.some((node) => node.kind === 'intervention' && node.group === group.id));
    expect(named.length).toBeGreaterThanOrEqual(5);
    const brackets = page.locator('.vl-group');
    await expect.poll(() => brackets.count()).toBe(named.length);
    const pane = (await page.locator('.react-flow').boundingBox())!;
    await expect
      .poll(async () =>
        (
          await page.locator('.vl-group__label').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()))
        ).every((box) => box.top >= pane.y && box.bottom <= pane.y + pane.height && box.left >= pane.x && box.right <= pane.x + pane.width),
      )
      .toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}06-group-labels.png` });
    for (const group of named) {
      const bracket = (await page.locator(`.vl-group[data-group="${group.id}"]`).boundingBox())!;
      expect(await page.locator(`.vl-group[data-group="${group.id}"] .vl-group__label`).textContent()).toBe(group.title);
      const cards = await Promise.all(
        doc.nodes
          .filter((node) => node.kind === 'intervention' && node.group === group.id)
          .map(async (node) => (await page.locator(`.react-flow__node[data-id="${node.id}"]`).boundingBox())!),
      );
      // The bracket spans its interventions and stands under every card.
      expect(Math.abs(bracket.x - Math.min(...cards.map((card) => card.x)))).toBeLessThanOrEqual(2);
      expect(Math.abs(bracket.x + bracket.width - Math.max(...cards.map((card) => card.x + card.width)))).toBeLessThanOrEqual(2);
      const lowest = await page
        .locator('.react-flow__node')
        .evaluateAll((nodes) => Math.max(...nodes.map((node) => node.getBoundingClientRect().bottom)));
      expect(bracket.y).toBeGreaterThan(lowest);
    }
  });
});

describe('language', () => {
  it('switches the interface between Dutch and English', async () => {
    const { page } = editor;
    expect(await page.getByRole('button', { name: 'Automatisch indelen', exact: true }).count()).toBe(1);
    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByRole('button', { name: 'Auto-layout' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'Checks' }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}04-english.png` });
    await switchLanguage(page, 'nl');
    await expect.poll(() => page.getByRole('button', { name: 'Automatisch indelen', exact: true }).count()).toBe(1);
  });
});

describe('accessibility', () => {
  const seriousViolations = () => axeViolations(editor.page);

  it('has no serious or critical axe-core violations on the diagram', async () => {
    expect(await seriousViolations()).toEqual([]);
    expect(editor.errors).toEqual([]);
  });

  it('has none in the outline view either', async () => {
    const { page } = editor;
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    await page.waitForSelector('.vl-outline');
    expect(await seriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    expect(editor.errors).toEqual([]);
  });
});

describe('print view', () => {
  it('gives a one-page landscape PDF of the whole diagram on A3 and on A4', async () => {
    const { page } = editor;
    await page.getByText('Exporteren', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Afdrukken / PDF' }).click();
    const sheet = page.locator('.editor-print__page');
    await sheet.waitFor();
    const image = page.locator('.editor-print__diagram');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(500);
    await page.screenshot({ path: `${SCREENSHOTS}05-print-view.png` });
    for (const [paper, size] of [
      ['A3', [1190.6, 841.9]],
      ['A4', [841.9, 595.3]],
    ] as const) {
      await page.getByLabel('Papier').selectOption(paper);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      // One page, of the chosen size, landscape.
      expect(text.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(text)!;
      expect(Number(box[1])).toBeCloseTo(size[0], -1);
      expect(Number(box[2])).toBeCloseTo(size[1], -1);
      writeFileSync(join(SCREENSHOTS, `print-${paper}.pdf`), pdf);
    }
    // The overview and then the report's pages per goal (or strategy), each on A4 the way it fits best.
    await page.getByLabel('Pagina’s').selectOption('goals');
    const parts = page.locator('.editor-print__page--part');
    await parts.first().waitFor();
    const count = await parts.count();
    expect(count).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() =>
        parts
          .locator('img')
          .evaluateAll((images) => images.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)),
      )
      .toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}05-print-view-goals.png` });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/g)].map((box) => [
      Math.round(Number(box[1])),
      Math.round(Number(box[2])),
    ]);
    expect(boxes).toHaveLength(1 + count);
    for (const box of boxes.slice(1)) expect([...box].sort()).toEqual([595, 842]);
    // Landscape and portrait detail pages alike print whole: every word inside its sheet, numbered as printed.
    const printed = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(new Set(printed.slice(1).map((sheet) => sheet.width > sheet.height)).size).toBe(2);
    for (const [i, sheet] of printed.entries()) {
      for (const word of sheet.words) {
        expect(word.xMin, `page ${i + 1}: "${word.text}"`).toBeGreaterThanOrEqual(0);
        expect(word.xMax, `page ${i + 1}: "${word.text}"`).toBeLessThanOrEqual(sheet.width);
        expect(word.yMax, `page ${i + 1}: "${word.text}"`).toBeLessThanOrEqual(sheet.height);
      }
      if (i > 0) expect(sheet.text).toMatch(new RegExp(`^p\\. ${i + 1} `));
    }
    expect(await page.getByLabel('Pagina’s').locator('option[value="goals"]').textContent()).toBe(`Overzicht en ${count} detailpagina’s`);
    await page.locator('.editor-print').getByRole('button', { name: 'Sluiten' }).click();
    expect(await sheet.count()).toBe(0);
    expect(editor.errors).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import type { Document, IndicatorNode } from '@veranderlogica/core';
import { currentDocument, editorForSuite, SCREENSHOTS } from './browser.js';

const suite = editorForSuite(inject('baseURL'));

type Store = { select(ids: string[]): void; apply(op: unknown): unknown; history: { undo(): boolean; redo(): boolean } };
const select = (ids: string[]) =>
  suite.editor.page.evaluate((list) => (window as unknown as { __veranderlogica: Store }).__veranderlogica.select(list), ids);
const indicator = async (id: string) => (await currentDocument(suite.editor.page)).nodes.find((n) => n.id === id) as IndicatorNode;

describe('the living plan: measurements, the workbook round-trip, versions', () => {
  it('takes three measurements in the inspector, Dutch style, and shows the status and a sparkline on the card', async () => {
    const { page } = suite.editor;
    await select(['ind-scholen']);
    const table = page.getByRole('group', { name: 'Metingen' });
    const rows: [string, string, string][] = [
      ['31-12-2025', '57', 'Schoolmonitor'],
      ['30-06-2026', '62,5', ''],
      ['2026', '66', ''],
    ];
    for (const [i, [date, value, source]] of rows.entries()) {
      await table.getByRole('button', { name: 'Meting toevoegen' }).click();
      await table.getByLabel(`Datum of periode ${i + 1}`, { exact: true }).fill(date);
      await table.getByLabel(`Waarde ${i + 1}`, { exact: true }).fill(value);
      if (source) await table.getByLabel(`Bron ${i + 1}`, { exact: true }).fill(source);
    }
    await expect
      .poll(async () => (await indicator('ind-scholen')).measurements)
      .toEqual([
        { value: 57, date: '2025-12-31', source: 'Schoolmonitor' },
        { value: 62.5, date: '2026-06-30' },
        { value: 66, date: '2026-12-31' },
      ]);
    // The line from 45 (2024) to 80 (2027) expects 68,3 at the end of 2026: 66 is behind, within 10 % of the change.
    const card = page.locator('.vl-card[data-id="ind-scholen"]');
    await expect.poll(() => card.getAttribute('data-status')).toBe('at-risk');
    expect(await card.locator('.vl-progress-mark').textContent()).toContain('aandacht nodig');
    expect((await card.locator('.vl-card__sparkline polyline').getAttribute('points'))!.split(' ')).toHaveLength(3);
    expect(await table.locator('.vl-progress-mark').textContent()).toContain('aandacht nodig');

    // A wrong cell says why and changes nothing.
    await table.getByRole('button', { name: 'Meting toevoegen' }).click();
    await table.getByLabel('Datum of periode 4', { exact: true }).fill('31-02-2027');
    await table.getByLabel('Waarde 4', { exact: true }).fill('70');
    await expect.poll(() => table.getByRole('alert').textContent()).toContain('Geen datum');
    expect((await indicator('ind-scholen')).measurements).toHaveLength(3);
    await table.getByRole('button', { name: 'Meting 4 verwijderen' }).click();

    await page.locator('.react-flow__node[data-id="ind-scholen"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'living-measurements.png') });
    expect(suite.editor.errors).toEqual([]);
  });

  it('exports the workbook, takes it back filled in by another program: a preview with one wrong cell, then one undo step', async () => {
    const { page } = suite.editor;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.locator('summary', { hasText: 'Exporteren' }).click();
        await page.getByRole('menuitem', { name: 'Meetplan (Excel)' }).click();
      })(),
    ]);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(await download.path());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Metingen')!;
    // A partner fills in two expected rows: one right (Dutch comma), one wrong.
    const filled = new Set<unknown>();
    sheet.eachRow((row, number) => {
      const id = row.getCell(1).value;
      if (number === 1 || row.getCell(4).value !== null || filled.has(id)) return;
      if (id === 'ind-partners') {
        row.getCell(4).value = '18,0';
        row.getCell(6).value = 'Netwerkoverzicht';
        filled.add(id);
      } else if (id === 'ind-meldingen-csg') {
        row.getCell(4).value = 'veel';
        filled.add(id);
      }
    });
    expect(filled.size).toBe(2);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByRole('button', { name: 'Indicatoren', exact: true }).click();
    await page.getByRole('button', { name: 'Metingen importeren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Metingen importeren' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'meetplan-ingevuld.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('1 erbij, 0 gewijzigd');
    const problems = dialog.locator('.vl-import__problems tbody tr');
    await expect.poll(() => problems.count()).toBe(1);
    expect(await problems.first().textContent()).toContain('Waarde');
    expect(await problems.first().textContent()).toContain('"veel" is geen getal.');
    // Nothing has changed yet.
    expect((await indicator('ind-partners')).measurements).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'living-import-preview.png') });

    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect
      .poll(async () => (await indicator('ind-partners')).measurements)
      .toEqual([{ value: 18, date: expect.stringMatching(/^\d{4}-12-31$/) as unknown as string, source: 'Netwerkoverzicht' }]);
    // The chart appears in the Indicatoren view.
    const row = page.locator('.vl-indicators__table tr[data-id="ind-partners"]');
    await expect.poll(() => row.locator('.vl-progress-chart polyline').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'living-indicators.png') });

    // One undo step takes the whole import back.
    await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
    await expect.poll(async () => (await indicator('ind-partners')).measurements).toEqual([]);
    await page.getByRole('button', { name: /^Opnieuw/ }).click();
    await expect.poll(async () => (await indicator('ind-partners')).measurements).toHaveLength(1);

    // The filters: only what is at risk.
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'aandacht nodig' });
    await expect.poll(() => page.locator('.vl-indicators__table tbody tr').count()).toBe(1);
    expect(await page.locator('.vl-indicators__table tbody tr').getAttribute('data-id')).toBe('ind-scholen');
    expect(suite.editor.errors).toEqual([]);
  });

  it('reads a workbook in a worker: the editor answers while it reads, and Stoppen ends the reading for real', async () => {
    const { page } = suite.editor;
    // The largest workbook an import may hold: 99,000 rows of measurements.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Metingen');
    sheet.addRow(['Indicator', 'Datum', 'Waarde', 'Bron']);
    for (let i = 0; i < 99_000; i++) sheet.addRow([`ind-${i % 40}`, new Date(Date.UTC(2000 + (i % 26), 11, 31)), i, `Monitor ${i}`]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByRole('button', { name: 'Indicatoren', exact: true }).click();
    await page.getByRole('button', { name: 'Metingen importeren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Metingen importeren' });
    const workers = page.workers().length;
    const started = page.waitForEvent('worker');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'groot.xlsx', mimeType: 'application/octet-stream', buffer });
    const worker = await started;
    const ended = new Promise<void>((resolve) => worker.once('close', () => resolve()));
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('groot.xlsx wordt gelezen…');
    // The page still answers (the reading runs elsewhere), and the button stops it: the worker is gone.
    expect(await page.evaluate(() => document.title)).toBeTruthy();
    await dialog.getByRole('button', { name: 'Stoppen' }).click();
    await ended;
    await expect.poll(() => dialog.getByRole('status').count()).toBe(0);
    await expect.poll(() => dialog.locator('input[type=file]').count()).toBe(1);
    expect(page.workers().length).toBe(workers);
    expect(await dialog.getByRole('alert').count()).toBe(0);

    // A hostile workbook is refused by the worker with its sentence, and the dialog stays usable.
    const bomb = Buffer.from(
      zipSync({
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Metingen" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        'xl/worksheets/sheet1.xml': strToU8(
          '<worksheet><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>',
        ),
      }),
    );
    await dialog.locator('input[type=file]').setInputFiles({ name: 'bom.xlsx', mimeType: 'application/octet-stream', buffer: bomb });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Kan bom.xlsx niet lezen');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    expect(suite.editor.errors).toEqual([]);
  });

  it('keeps a version, then compares the edited plan with it: changes highlighted and listed, removed cards as ghosts', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    await page.locator('summary', { hasText: 'Versies' }).click();
    await page.getByRole('menuitem', { name: 'Versie bewaren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Versie bewaren' });
    await dialog.getByLabel('Naam van de versie').fill('Vastgesteld door de raad, 2025');
    await dialog.getByLabel('Naam van de versie').press('Enter');
    await expect.poll(async () => (await currentDocument(page)).versions.map((v) => v.name)).toEqual(['Vastgesteld door de raad, 2025']);

    // A year of work: a card renamed, one removed.
    await page.evaluate(() => {
      const store = (window as unknown as { __veranderlogica: Store }).__veranderlogica;
      store.apply({ type: 'updateNode', id: 'int-lespakket', changes: { title: 'Lespakket relationele en seksuele vorming, vernieuwd' } });
    });
    const removed = (await currentDocument(page)).nodes.find((n) => n.kind === 'assumption')!;
    await page.evaluate((id) => {
      const store = (window as unknown as { __veranderlogica: Store & { getState(): { document: Document } } }).__veranderlogica;
      const doc = store.getState().document;
      store.apply([
        ...doc.edges.filter((e) => e.source === id || e.target === id).map((e) => ({ type: 'disconnect', id: e.id })),
        { type: 'removeNode', id },
      ]);
    }, removed.id);
    // And a new connection: an unchanged intervention now also works through a mechanism it did not before.
    const before = await currentDocument(page);
    const from = before.nodes.find((n) => n.kind === 'intervention' && n.id !== 'int-lespakket')!;
    const to = before.nodes.find((n) => n.kind === 'mechanism' && !before.edges.some((e) => e.source === from.id && e.target === n.id))!;
    await page.evaluate(
      ([source, target]) =>
        (window as unknown as { __veranderlogica: Store }).__veranderlogica.apply({
          type: 'connect',
          edge: { id: 'edge-new-route', kind: 'leads-to', source, target },
        }),
      [from.id, to.id],
    );
    await expect.poll(async () => (await currentDocument(page)).edges.some((e) => e.id === 'edge-new-route')).toBe(true);
    // Dots cast and the period moved on: outside the cards, named in words.
    await page.evaluate(() =>
      (window as unknown as { __veranderlogica: Store }).__veranderlogica.apply([
        { type: 'vote', id: 'int-lespakket', delta: 2 },
        { type: 'updateDocument', changes: { scope: { period: { start: 2026, end: 2029 } } } },
      ]),
    );

    await page.locator('summary', { hasText: 'Versies' }).click();
    await page.getByRole('menuitem', { name: 'Vergelijken met…' }).click();
    await page
      .getByRole('dialog', { name: 'Vergelijken met…' })
      .getByRole('button', { name: /Vastgesteld door de raad, 2025/ })
      .click();
    const panel = page.getByRole('region', { name: 'Veranderd sinds Vastgesteld door de raad, 2025' });
    await expect.poll(() => panel.textContent()).toContain('Kaarten hernoemd (1)');
    await expect.poll(() => panel.textContent()).toContain('Kaarten verwijderd (1)');
    await expect.poll(() => page.locator('.vl-card[data-id="int-lespakket"]').getAttribute('data-compare')).toBe('changed');
    // What did not change is not marked.
    expect(await page.locator('.vl-card[data-id="ind-scholen"]').getAttribute('data-compare')).toBeNull();
    await expect.poll(() => page.locator(`.vl-card[data-id="${removed.id}"]`).getAttribute('data-compare')).toBe('removed');
    // The new connection is marked itself, not the card it starts from.
    await expect.poll(() => panel.textContent()).toContain('Verbindingen toegevoegd (1)');
    await expect.poll(() => page.locator('.react-flow__edge.vl-edge--compare-added').count()).toBe(1);
    expect(await page.locator('.react-flow__edge[data-id="edge-new-route"]').getAttribute('class')).toContain('vl-edge--compare-added');
    expect(await page.locator(`.vl-card[data-id="${from.id}"]`).getAttribute('data-compare')).toBeNull();
    // Changes outside the cards in words, never a path from the file (it said "~ workshop.votes").
    await expect.poll(() => panel.textContent()).toContain('stemmen van de werksessie');
    expect(await panel.textContent()).toContain('looptijd');
    expect(await panel.textContent()).not.toMatch(/workshop\.|scope\./);
    await page.screenshot({ path: join(SCREENSHOTS, 'living-compare.png') });
    // The panel covered the main goal and could not be moved: it moves to the other side, and folds.
    const box = page.locator('.editor-compare');
    const right = (await box.boundingBox())!.x;
    await page.getByRole('button', { name: '⇤ Naar links' }).click();
    await expect.poll(async () => (await box.boundingBox())!.x).toBeLessThan(right - 200);
    await page.getByRole('button', { name: 'Inklappen' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    await page.getByRole('button', { name: 'Verschillen tonen' }).click();
    await panel.getByRole('button', { name: 'Vergelijken stoppen' }).click();
    await expect.poll(() => page.locator('[data-compare]').count()).toBe(0);
    expect(await page.locator('.vl-edge--compare-added').count()).toBe(0);
    expect(suite.editor.errors).toEqual([]);
  });
});

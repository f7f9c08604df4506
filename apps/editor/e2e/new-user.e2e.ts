import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseDocument } from '@veranderlogica/core';
import { currentDocument, launch, openEditor, openFile, SCREENSHOTS, viewFitted, waitForAutosave, type EditorPage } from './browser.js';

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Drags from a card's outgoing handle to a point on the canvas (empty space or another card's handle). */
async function dragFromHandle(
  page: Page,
  id: string,
  target: { x: number; y: number } | ((handle: { x: number; y: number }) => { x: number; y: number }),
) {
  const handle = page.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle.source`);
  const box = (await handle.boundingBox())!;
  const to = typeof target === 'function' ? target({ x: box.x + box.width / 2, y: box.y + box.height / 2 }) : target;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move((box.x + to.x) / 2, (box.y + to.y) / 2, { steps: 5 });
  // The drag has become a connection being drawn (on a loaded machine that takes frames): only then let go.
  const line = page.locator('.react-flow__connectionline .react-flow__connection-path');
  await line.waitFor({ state: 'attached' });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await line.waitFor({ state: 'detached' });
}

async function selectedId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      [...(window as unknown as { __veranderlogica: { getState(): { selected: Set<string> } } }).__veranderlogica.getState().selected][0]!,
  );
}

async function cardCentre(page: Page, id: string) {
  const box = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, top: box.y, bottom: box.y + box.height };
}

describe('a new user', () => {
  let editor: EditorPage;

  it('sees the worked example on the first visit', async () => {
    editor = await openEditor(browser, baseURL);
    const { page } = editor;
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(51);
    await expect.poll(() => page.locator('.vl-toolbar__title').textContent()).toContain('voorbeeldregio');
    // Laid out, it reads in layers: bands named after the kinds, and the line of accountability.
    const bands = page.locator('.vl-band__label');
    await expect
      .poll(() => bands.allTextContents())
      .toEqual(expect.arrayContaining(['Interventies', 'Werkzame mechanismen', 'Uitkomsten', 'Doelen']));
    expect(await page.locator('.vl-accountability').count()).toBe(1);
    // The first layout's routes: every connection drawn where the exported picture draws it.
    const connections = (await currentDocument(page)).edges.length;
    await expect.poll(() => page.locator('.react-flow__edge.vl-edge--routed').count()).toBe(connections);
    await page.screenshot({ path: `${SCREENSHOTS}01-example.png` });
  });

  it('starts a blank veranderlogica and builds a chain intervention → mechanism → outcome → goal', async () => {
    const { page } = editor;
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    await page.getByRole('region', { name: 'Aanpak seksueel geweld' }).getByRole('button', { name: /^Leeg/ }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(0);

    // Double-click on the empty canvas: a new intervention, selected, ready to be named.
    const canvas = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.dblclick(canvas.x + canvas.width / 2, canvas.y + canvas.height - 120);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(1);
    const intervention = await selectedId(page);
    // Its title has the keyboard at once.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('title');
    await page.keyboard.type('Weerbaarheidstraining op het mbo');

    // Drag from each card to empty space above it: the next card of the chain appears, connected.
    const titles = ['Studenten oefenen met grenzen aangeven', 'Studenten geven hun grenzen aan', 'Minder seksueel geweld onder jongeren'];
    let from = intervention;
    for (const title of titles) {
      await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
      await viewFitted(page);
      // To empty canvas 80 px above the card's way out, read from the handle where it is at the moment of the drag.
      await dragFromHandle(page, from, (handle) => ({ x: handle.x, y: handle.y - 80 }));
      await expect.poll(() => selectedId(page)).not.toBe(from);
      from = await selectedId(page);
      await page.getByLabel('Titel', { exact: true }).fill(title);
    }
    const doc = await currentDocument(page);
    expect(doc.nodes.map((n) => [n.kind, n.title])).toEqual([
      ['intervention', 'Weerbaarheidstraining op het mbo'],
      ['mechanism', titles[0]],
      ['outcome', titles[1]],
      ['goal', titles[2]],
    ]);
    expect(doc.edges.map((e) => e.kind)).toEqual(['leads-to', 'leads-to', 'leads-to']);
  });

  it('adds an indicator, connects it to the goal, and the validation panel follows', async () => {
    const { page } = editor;
    const before = await page.locator('.vl-panel__summary').textContent();
    expect(before).toMatch(/waarschuwingen/);
    const doc = await currentDocument(page);
    const goal = doc.nodes.find((n) => n.kind === 'goal')!.id;
    await page
      .getByRole('region', { name: 'Toevoegen' })
      .getByRole('button', { name: /^Indicator/ })
      .click();
    const indicator = await selectedId(page);
    await page.getByLabel('Titel', { exact: true }).fill('Aandeel studenten dat zich weerbaar voelt');
    // The new indicator stands in its row below the interventions, outside the view: the view went to it.
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const pane = document.querySelector('.editor__diagram .react-flow')!.getBoundingClientRect();
          const card = document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
          return (
            card !== undefined && card.top >= pane.top && card.bottom <= pane.bottom && card.left >= pane.left && card.right <= pane.right
          );
        }, indicator),
      )
      .toBe(true);
    // The goal is far above it.
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    await viewFitted(page);
    // Move the new indicator beside the goal, then connect it to the goal's incoming handle.
    const goalBox = await cardCentre(page, goal);
    const card = page.locator(`.react-flow__node[data-id="${indicator}"] .vl-card__title`);
    const cardBox = (await card.boundingBox())!;
    await page.mouse.move(cardBox.x + 10, cardBox.y + 5);
    await page.mouse.down();
    await page.mouse.move(goalBox.x + 320, goalBox.top + 10, { steps: 8 });
    await page.mouse.up();
    const target = (await page.locator(`.react-flow__node[data-id="${goal}"] .react-flow__handle.target`).boundingBox())!;
    await dragFromHandle(page, indicator, { x: target.x + target.width / 2, y: target.y + target.height / 2 });
    await expect
      .poll(async () =>
        (await currentDocument(page)).edges.some((e) => e.source === indicator && e.target === goal && e.kind === 'measures'),
      )
      .toBe(true);
    await expect.poll(() => page.locator('.vl-panel__summary').textContent()).not.toBe(before);
    await page.screenshot({ path: `${SCREENSHOTS}02-built-chain.png` });
  });

  it('undoes and redoes with the keyboard, and the toolbar says what', async () => {
    const { page } = editor;
    const count = (await currentDocument(page)).edges.length;
    await page.locator('.react-flow__pane').click();
    await expect(page.getByRole('button', { name: /Ongedaan maken/ }).getAttribute('title')).resolves.toMatch(/Ongedaan maken: /);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await currentDocument(page)).edges.length).toBe(count - 1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await currentDocument(page)).edges.length).toBe(count);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await currentDocument(page)).edges.length).toBe(count);
  });

  it('saves to JSON, finds it restored after a reload, and opening the saved file gives the same document', async () => {
    const { page } = editor;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Opslaan', exact: true }).click(),
    ]);
    const path = await download.path();
    const saved = parseDocument(readFileSync(path, 'utf8'));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.document.nodes).toHaveLength(5);

    await waitForAutosave(page);
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Je laatste werk is teruggezet.' }).count()).toBe(1);
    const restored = await currentDocument(page);
    expect(restored.nodes.map((n) => n.title)).toEqual(saved.document.nodes.map((n) => n.title));

    await openFile(page, path);
    await expect.poll(async () => (await currentDocument(page)).meta.updated).toBe(saved.document.meta.updated);
    expect(await currentDocument(page)).toEqual(saved.document);
    expect(editor.errors).toEqual([]);
  });

  it('goes back to the worked example from the recent list, and returns', async () => {
    const { page, context } = editor;
    const current = await currentDocument(page);
    await page.getByText('Recent', { exact: true }).click();
    const items = page.locator('[data-recent]');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('menuitem', { name: /Regionale aanpak seksueel geweld/ }).click();
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBeGreaterThan(40);
    // And back: the document built in this test is still there, as it was.
    await page.getByText('Recent', { exact: true }).click();
    await page.getByRole('menuitem', { name: new RegExp(current.title) }).click();
    await expect.poll(async () => (await currentDocument(page)).id).toBe(current.id);
    expect((await currentDocument(page)).nodes).toEqual(current.nodes);
    expect(editor.errors).toEqual([]);
    await context.close();
  });
});

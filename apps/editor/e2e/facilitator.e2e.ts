import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Document } from '@veranderlogica/core';
import { currentDocument, editorForSuite, switchLanguage, viewSettled } from './browser.js';

// Defects a facilitator met in a real workshop, each proven fixed in the browser.
const suite = editorForSuite(inject('baseURL'));

/** Drags from a card's handle (its way out, or its way in) and releases at a point of the screen. */
async function dragFromHandle(page: Page, id: string, to: { x: number; y: number }, handle: 'source' | 'target' = 'source') {
  const box = (await page.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle.${handle}`).first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move((box.x + to.x) / 2, (box.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** A point on a card's body, away from its handles. */
async function bodyOf(page: Page, id: string) {
  const box = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  return { x: box.x + box.width * 0.3, y: box.y + box.height / 2 };
}

/** Fits the whole diagram in view and clears the selection. */
async function fitAll(page: Page) {
  await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await viewSettled(page);
}

describe('connecting by dropping on a card', () => {
  it('connects when a drag ends on the body of another card, without creating a card', async () => {
    const { page } = suite.editor;
    await fitAll(page);
    const before = await currentDocument(page);
    expect(before.edges.some((e) => e.source === 'int-lotgenoten' && e.target === 'mech-korte-lijnen')).toBe(false);
    await dragFromHandle(page, 'int-lotgenoten', await bodyOf(page, 'mech-korte-lijnen'));
    await expect
      .poll(async () => (await currentDocument(page)).edges.some((e) => e.source === 'int-lotgenoten' && e.target === 'mech-korte-lijnen'))
      .toBe(true);
    const after = await currentDocument(page);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.edges.length).toBe(before.edges.length + 1);
  });

  it('refuses a forbidden drop on a card body with the reason, and creates nothing', async () => {
    const { page } = suite.editor;
    const before = await currentDocument(page);
    await dragFromHandle(page, 'doel-netwerk', await bodyOf(page, 'int-training'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Niet verbonden');
    const after = await currentDocument(page);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.edges.length).toBe(before.edges.length);
    await page.keyboard.press('Escape');
  });

  it('from a card’s way in, the card dropped on leads to it', async () => {
    const { page } = suite.editor;
    const before = await currentDocument(page);
    expect(before.edges.some((e) => e.source === 'int-training' && e.target === 'mech-erkenning')).toBe(false);
    await dragFromHandle(page, 'mech-erkenning', await bodyOf(page, 'int-training'), 'target');
    await expect
      .poll(async () => (await currentDocument(page)).edges.some((e) => e.source === 'int-training' && e.target === 'mech-erkenning'))
      .toBe(true);
    expect((await currentDocument(page)).nodes.length).toBe(before.nodes.length);
  });
});

/** The editor's store, as the page exposes it for tests. */
type Exposed = { __veranderlogica: { getState(): { document: { id: string } }; select(ids: string[]): void } };

describe('the editor at 1280 × 720', () => {
  it('keeps the toolbar on one row, the minimap off the cards, and names the plan in the tab', async () => {
    const { page } = suite.editor;
    await page.setViewportSize({ width: 1280, height: 720 });
    const toolbar = (await page.locator('.vl-toolbar').boundingBox())!;
    const button = (await page.getByRole('button', { name: 'Openen', exact: true }).boundingBox())!;
    // One row: the toolbar is not much taller than one of its buttons.
    expect(toolbar.height).toBeLessThan(button.height * 1.8);
    expect(await page.locator('.react-flow__minimap').count()).toBe(0);
    await page.getByRole('button', { name: 'Overzichtskaart tonen' }).click();
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(1);
    await page.getByRole('button', { name: 'Overzichtskaart verbergen' }).click();
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(0);
    // The side columns leave the diagram more than 60 % of the width.
    const diagram = (await page.locator('.editor__main').boundingBox())!;
    expect(diagram.width / 1280).toBeGreaterThan(0.6);
    expect(await page.title()).toMatch(/^Regionale aanpak seksueel geweld.* — Veranderlogica$/);
    await page.setViewportSize({ width: 1600, height: 900 });
  });

  it('opens search beside the view buttons, never over them, and selects the first match while typing', async () => {
    const { page } = suite.editor;
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.getByLabel('Zoek een kaart').fill('daderaanpak');
    await expect
      .poll(() =>
        page.evaluate(() => [
          ...(window as unknown as { __veranderlogica: { getState(): { selected: Set<string> } } }).__veranderlogica.getState().selected,
        ]),
      )
      .toEqual(['int-daderaanpak']);
    const find = (await page.locator('.editor-find').boundingBox())!;
    for (const name of ['Diagram', 'Lijst', 'Aanbod', 'Netwerk', 'Werksessie', 'Presenteren']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      const apart =
        find.x >= box.x + box.width || box.x >= find.x + find.width || find.y >= box.y + box.height || box.y >= find.y + find.height;
      expect(apart, name).toBe(true);
    }
    await page.keyboard.press('Escape');
  });
});

describe('text is never lost', () => {
  it('keeps an over-long title in the inspector with the reason, and takes it once it fits', async () => {
    const { page } = suite.editor;
    await page.evaluate(() => (window as unknown as Exposed).__veranderlogica.select(['int-training']));
    const field = page.getByRole('textbox', { name: 'Titel', exact: true });
    const long = 'Training signaleren '.repeat(30);
    await field.fill(long);
    await expect.poll(() => page.locator('.vl-inspector [role="alert"]').first().textContent()).toContain('500');
    expect(await field.inputValue()).toBe(long);
    // The document kept its valid title meanwhile; shortening the text makes it the title.
    expect((await currentDocument(page)).nodes.find((n) => n.id === 'int-training')!.title.length).toBeLessThanOrEqual(500);
    await field.fill(long.slice(0, 400));
    await expect.poll(async () => (await currentDocument(page)).nodes.find((n) => n.id === 'int-training')!.title).toBe(long.slice(0, 400));
    await page.keyboard.press('Control+z');
  });

  it('keeps an over-long title in the list view as typed, marked, until it fits', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    const row = page.locator('.vl-outline [data-id="int-csg"]').first();
    const field = row.locator('.vl-outline__title');
    const long = 'Spreekuur '.repeat(60);
    await field.fill(long);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe(long);
    // The row's buttons sit beside the title field, never over it, and leave it most of the row.
    await field.hover();
    const title = (await field.boundingBox())!;
    const actions = (await row.locator('.vl-outline__actions').first().boundingBox())!;
    expect(actions.x).toBeGreaterThanOrEqual(title.x + title.width - 1);
    expect(title.width).toBeGreaterThan(actions.width * 2);
    await field.fill('Spreekuur van het CSG op school');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe(null);
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
  });

  it('keeps a card captured and an inspector edit made just before a reload', async () => {
    const { page } = suite.editor;
    await page.evaluate(() => (window as unknown as Exposed).__veranderlogica.select(['int-netwerk']));
    await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Netwerkoverleg, net voor het herladen');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('4');
    // No waiting for the autosave: the page goes at once.
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    const doc = await currentDocument(page);
    expect(doc.nodes.find((n) => n.id === 'int-netwerk')!.title).toBe('Netwerkoverleg, net voor het herladen');
    expect(doc.nodes.filter((n) => n.kind === 'intervention' && n.title === '').length).toBe(1);
  });
});

describe('dialogs and settings', () => {
  it('closes “Nieuw” on Esc and on the backdrop, with focus inside while it is open', async () => {
    const { page } = suite.editor;
    const opener = page.getByRole('button', { name: 'Nieuw', exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw vanuit sjabloon' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nieuw');
    await opener.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.mouse.click(5, 700);
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('shows every shortcut from the command registry with ?, and closes on Esc', async () => {
    const { page } = suite.editor;
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.locator('tr[data-command="undo"]').textContent()).toBe('Ongedaan makenCtrl+Z');
    expect(await help.locator('tr[data-command="add-goal"]').textContent()).toBe('Doel toevoegen1');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });

  it('remembers the interface language and a running timer over a reload', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
    await page.getByRole('button', { name: /^▶ Start/ }).click();
    const clock = page.locator('.vl-timer__clock');
    await expect.poll(() => clock.textContent()).not.toBe('10:00');
    await switchLanguage(page, 'en');
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    // Still running: the clock keeps counting down after the reload.
    const first = await clock.textContent();
    expect(first).not.toBe('10:00');
    await expect.poll(() => clock.textContent()).not.toBe(first);
    await page.getByRole('button', { name: /Pause/ }).click();
    await switchLanguage(page, 'nl');
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
  });
});

/** Reads or writes the editor's IndexedDB store (`veranderlogica` / `documents`) from the page. */
function storage(page: Page, action: 'get' | 'put' | 'keys', key?: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ({ action, key, value }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('veranderlogica');
        open.onerror = () => reject(new Error(open.error?.message ?? 'IndexedDB did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('documents', action === 'put' ? 'readwrite' : 'readonly').objectStore('documents');
          const request = action === 'get' ? store.get(key!) : action === 'put' ? store.put(value, key) : store.getAllKeys();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(new Error(request.error?.message ?? 'IndexedDB request failed'));
        };
      }),
    { action, key, value },
  );
}

describe('storage faults', () => {
  it('opens an unreadable autosave with a notice, keeps its text for download, and never overwrites it', async () => {
    const { page } = suite.editor;
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    const good = (await storage(page, 'get', 'current')) as string;
    const broken = good.slice(0, Math.floor(good.length / 2));
    // What a crash in the middle of a write, or a newer version of the editor, can leave behind.
    await page.evaluate(() => localStorage.removeItem('veranderlogica:journal'));
    await storage(page, 'put', 'current', broken);
    await page.reload();
    const dialog = page.getByRole('alertdialog', { name: 'Je automatisch bewaarde werk kon niet worden gelezen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Onleesbaar werk downloaden' }).click();
    const file = await download;
    expect(await new Response((await file.createReadStream()) as unknown as ReadableStream).text()).toBe(broken);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // The worked example is open and autosaved; the unreadable text is still kept under a key of its own.
    await page.keyboard.press('4');
    await expect.poll(async () => ((await storage(page, 'get', 'current')) as string).length).toBeGreaterThan(broken.length);
    const keys = (await storage(page, 'keys')) as string[];
    const kept = keys.filter((key) => key.startsWith('unreadable:'));
    expect(kept).toHaveLength(1);
    expect(await storage(page, 'get', kept[0])).toBe(broken);
  });

  it('survives a malformed list of recent documents: Recent opens, autosave goes on', async () => {
    const { page } = suite.editor;
    await storage(page, 'put', 'recent', [{ id: 42 }, 'rubbish', null, { id: 'x', title: 'Ok', savedAt: '2026-01-01T00:00:00Z' }]);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('4');
    await page.getByText('Recent', { exact: true }).click();
    await expect.poll(() => page.locator('.editor-menu__items [data-recent]').count()).toBeGreaterThan(0);
    expect(await page.locator('.vl-toolbar').count()).toBe(1);
    await expect
      .poll(async () => ((await storage(page, 'get', 'recent')) as { id: unknown }[]).every((entry) => typeof entry.id === 'string'))
      .toBe(true);
    await page.keyboard.press('Escape');
    await page.getByText('Recent', { exact: true }).click();
  });
});

describe('voting, capture and progress', () => {
  it('gives every dot of five clicks at one spot to the same card, and keeps the number of voters over a reload', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
    await page.locator('[data-step="prioritise"]').click();
    const voters = page.getByLabel('Deelnemers of tafels');
    await voters.fill('14');
    const first = page.locator('.vl-voting__item').nth(3);
    const id = (await first.getAttribute('data-id'))!;
    const total = (doc: Document) => Object.values(doc.workshop?.votes ?? {}).reduce((a, b) => a + b, 0);
    const before = await currentDocument(page);
    await first.scrollIntoViewIfNeeded();
    const plus = (await first.getByRole('button', { name: /^Stip erbij/ }).boundingBox())!;
    for (let i = 0; i < 5; i++) await page.mouse.click(plus.x + plus.width / 2, plus.y + plus.height / 2);
    await expect.poll(async () => (await currentDocument(page)).workshop?.votes[id] ?? 0).toBe((before.workshop?.votes[id] ?? 0) + 5);
    expect(total(await currentDocument(page))).toBe(total(before) + 5);
    // Sorted again on demand.
    await page.getByRole('button', { name: 'Sorteren op stemmen' }).click();
    await expect.poll(() => page.locator('.vl-voting__item').first().getAttribute('data-id')).toBe(id);
    // On the screen for the room, large, following the dots live while the facilitator keeps the side column.
    await page.getByRole('button', { name: 'Stemmen op het scherm' }).click();
    const board = page.getByRole('region', { name: 'Stemmen met stippen' }).filter({ has: page.locator('.vl-board__list') });
    await expect.poll(() => board.locator('.vl-board__item').first().getAttribute('data-id')).toBe(id);
    const count = () => board.locator(`.vl-board__item[data-id="${id}"] .vl-board__count`).textContent();
    const shown = Number(await count());
    await page
      .locator('.vl-voting__item')
      .first()
      .getByRole('button', { name: /^Stip erbij/ })
      .click();
    await expect.poll(count).toBe(String(shown + 1));
    expect(
      await board
        .locator('.vl-board__count')
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    ).toBeGreaterThanOrEqual(24);
    await board.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => board.count()).toBe(0);
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await expect.poll(() => page.getByLabel('Deelnemers of tafels').inputValue()).toBe('14');
  });

  it('captures mechanisms and outcomes in step 4, and ticks no step of a blank plan', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    await page.getByRole('region', { name: 'Aanpak seksueel geweld' }).getByRole('button', { name: /^Leeg/ }).click();
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(0);
    expect(await page.locator('.vl-stepper__step--done').count()).toBe(0);
    await page.locator('[data-step="mechanisms"]').click();
    await page.getByRole('textbox', { name: 'Snel invoeren: Uitkomst' }).fill('Jongeren kennen hun grenzen');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Snel invoeren: Werkzaam mechanisme' }).fill('Bewustwording');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentDocument(page)).nodes.map((n) => n.kind).sort()).toEqual(['mechanism', 'outcome']);
    // Each line and the layout that places it are one undo step; choosing a step is no undo step at all.
    await expect
      .poll(async () => {
        const doc = await currentDocument(page);
        return doc.nodes.every((n) => doc.layout?.positions[n.id]) && (await page.locator('[aria-busy="true"]').count()) === 0;
      })
      .toBe(true);
    const undo = page.locator('.vl-toolbar button[aria-keyshortcuts="Control+Z"]');
    await expect.poll(() => undo.getAttribute('aria-label')).toBe('Ongedaan maken: snel invoeren');
    await page.locator('[data-step="prioritise"]').click();
    await expect.poll(async () => (await currentDocument(page)).workshop?.step).toBe('prioritise');
    expect(await undo.getAttribute('aria-label')).toBe('Ongedaan maken: snel invoeren');
    await undo.click();
    const after = await currentDocument(page);
    expect(after.nodes.map((n) => n.kind)).toEqual(['outcome']);
    expect(after.workshop?.step).toBe('prioritise');
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
  });
});

describe('partners in a few clicks', () => {
  it('makes the participating organisations partners in one click, and gives a partner to several interventions at once', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
    await page.locator('[data-step="problem"]').click();
    await page.getByLabel(/^Deelnemende organisaties/).fill('Gemeente Voorbeeldstad\nGGD regio\nVeilig Thuis');
    await page.getByRole('button', { name: '3 organisaties als partner toevoegen' }).click();
    await expect
      .poll(async () => (await currentDocument(page)).actors.map((actor) => [actor.name, actor.domain]))
      .toEqual([
        ['Gemeente Voorbeeldstad', 'government'],
        ['GGD regio', 'care'],
        ['Veilig Thuis', 'social'],
      ]);
    expect(await page.getByRole('button', { name: /als partner toevoegen/ }).count()).toBe(0);

    await page.locator('[data-step="interventions"]').click();
    await page.getByRole('textbox', { name: 'Snel invoeren: Interventie' }).fill('Lespakket');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Snel invoeren: Interventie' }).fill('Spreekuur');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentDocument(page)).nodes.filter((n) => n.kind === 'intervention').length).toBe(2);
    // The layout that follows a pause in typing is under way (the toolbar says so, drawn with the new cards) until it
    // has placed them.
    for (const node of (await currentDocument(page)).nodes.filter((n) => n.kind === 'intervention'))
      await page.locator(`.react-flow__node[data-id="${node.id}"]`).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Automatisch indelen', exact: true }).getAttribute('aria-busy'))
      .not.toBe('true');
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
    const doc = await currentDocument(page);
    const ids = doc.nodes.filter((n) => n.kind === 'intervention').map((n) => n.id);
    await page.evaluate((selection) => (window as unknown as Exposed).__veranderlogica.select(selection), ids);
    const panel = page.getByRole('group', { name: 'Partners voor 2 interventies' });
    await panel.getByRole('checkbox', { name: 'GGD regio' }).check();
    await expect
      .poll(async () => (await currentDocument(page)).nodes.filter((n) => n.kind === 'intervention' && n.actors.length === 1).length)
      .toBe(2);
    const undo = page.locator('.vl-toolbar button[aria-keyshortcuts="Control+Z"]');
    expect(await undo.getAttribute('aria-label')).toBe('Ongedaan maken: partner toewijzen');
  });
});

// Last: it crashes the suite's page.
describe('one command registry behind keys, toolbar, menus and right click', () => {
  it('offers on a right click what can be done to the card now, and does it as the keys would', async () => {
    const { page } = suite.editor;
    await fitAll(page);
    const id = (await currentDocument(page)).nodes.find((node) => node.kind === 'intervention')!.id;
    const card = page.locator(`.react-flow__node[data-id="${id}"]`);
    await card.click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Acties' });
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(
      await page.evaluate(() => [
        ...(window as unknown as { __veranderlogica: { getState(): { selected: Set<string> } } }).__veranderlogica.getState().selected,
      ]),
    ).toEqual([id]);
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      'Selectie dupliceren',
      'Verbind met…',
      'Vastzetten',
      'Selectie verwijderen',
      'Alle kaarten selecteren',
      'Automatisch indelen',
      'Alles in beeld',
    ]);
    // The first item has the keyboard; Esc closes the menu.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Selectie dupliceren');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    // Pinned from the menu: the menu then offers to unpin instead.
    await card.click({ button: 'right' });
    await menu.getByRole('menuitem', { name: 'Vastzetten' }).click();
    await expect.poll(async () => (await currentDocument(page)).layout?.positions[id]?.pinned).toBe(true);
    await card.click({ button: 'right' });
    await expect.poll(() => menu.getByRole('menuitem', { name: 'Losmaken' }).count()).toBe(1);
    expect(await menu.getByRole('menuitem', { name: 'Vastzetten' }).count()).toBe(0);
    // Deleting from the menu is one undo step, named in the toolbar like every other.
    await menu.getByRole('menuitem', { name: 'Selectie verwijderen' }).click();
    await expect.poll(async () => (await currentDocument(page)).nodes.some((n) => n.id === id)).toBe(false);
    // The toolbar draws after the store has changed: wait for it to name the step.
    await expect.poll(() => page.getByRole('button', { name: 'Ongedaan maken: verwijderen' }).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await currentDocument(page)).nodes.some((n) => n.id === id)).toBe(true);
    // The Delete key runs the same command.
    await card.click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await currentDocument(page)).nodes.some((n) => n.id === id)).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Ongedaan maken: verwijderen' }).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await currentDocument(page)).nodes.some((n) => n.id === id)).toBe(true);
  });

  it('renders the toolbar and the export menu from the registry, with the keys each command has', async () => {
    const { page } = suite.editor;
    const toolbar = page.getByRole('toolbar');
    expect(await toolbar.locator('[data-command="open"]').getAttribute('aria-keyshortcuts')).toBe('Control+O');
    expect(await toolbar.locator('[data-command="layout"]').getAttribute('aria-keyshortcuts')).toBe('L');
    await page.getByText('Exporteren', { exact: true }).click();
    const items = page.locator('.editor-menu__items [data-command]');
    expect((await items.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-command')))).slice(-1)).toEqual(['print']);
    expect(await items.count()).toBeGreaterThan(5);
    await page.getByText('Exporteren', { exact: true }).click();
  });
});

describe('long words on cards', () => {
  it('breaks a Dutch word too long for the card between its syllables, never after any letter', async () => {
    const { page } = suite.editor;
    const id = (await currentDocument(page)).nodes.at(-1)!.id;
    await page.locator(`.react-flow__node[data-id="${id}"]`).click();
    const word = 'Handelingsverlegenheidsvermindering';
    await page.getByRole('textbox', { name: 'Titel', exact: true }).fill(`${word} bij omstanders`);
    const title = page.locator(`.react-flow__node[data-id="${id}"] .vl-card__title`);
    await expect.poll(async () => (await title.textContent())?.includes('\u00AD')).toBe(true);
    // Where the lines break, read back from the rendered text: before each break is a space or a soft hyphen.
    const breaks = await title.evaluate((element) => {
      const text = element.firstChild as Text;
      const range = document.createRange();
      const tops: number[] = [];
      for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        // A character's widest box is its place (a break's hyphen glyph may add a thin box on the line before).
        const rect = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => b.width - a.width)[0];
        tops.push(rect ? Math.round(rect.top) : Number.NaN);
      }
      const found: string[] = [];
      let last = tops.find((top) => !Number.isNaN(top));
      for (let i = 0; i < text.length; i++) {
        if (Number.isNaN(tops[i]!) || tops[i] === last) continue;
        // The last visible character before the new line.
        let j = i - 1;
        while (j >= 0 && Number.isNaN(tops[j]!)) j--;
        found.push(text.data.slice(Math.max(0, j - 3), i));
        last = tops[i];
      }
      return found;
    });
    expect(breaks.length).toBeGreaterThan(0);
    for (const before of breaks) expect(before.endsWith('\u00AD') || before.endsWith(' '), JSON.stringify(before)).toBe(true);
    await page.keyboard.press('Control+z');
  });
});

describe('pasting too much', () => {
  it('refuses a copy of 200,000 places with a notice, before any work, and changes nothing', async () => {
    const { page } = suite.editor;
    const before = await currentDocument(page);
    await page.evaluate(() => {
      const positions = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`p${i}`, { x: i, y: i }]));
      return navigator.clipboard.writeText(JSON.stringify({ format: 'veranderlogica-fragment', nodes: [], edges: [], positions }));
    });
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Niet geplakt: hoogstens 1.000 kaarten tegelijk');
    expect((await currentDocument(page)).nodes.length).toBe(before.nodes.length);
    await page.keyboard.press('Escape');
  });
});

describe('a crashed tab', () => {
  it('keeps an edit made just before the tab crashed', async () => {
    const { page, context } = suite.editor;
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('4');
    await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Spreekuur, net voor de crash');
    // The renderer dies: no pagehide, no unload, no chance to write anything more.
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    const cdp = await context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const again = await context.newPage();
    await again.goto(inject('baseURL'));
    await again.waitForSelector('.react-flow__node');
    expect((await currentDocument(again)).nodes.map((n) => n.title)).toContain('Spreekuur, net voor de crash');
    await again.close();
  });
});

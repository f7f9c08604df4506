import { describe, expect, inject, it } from 'vitest';
import { currentDocument, editorForSuite, SCREENSHOTS, viewFitted } from './browser.js';

const suite = editorForSuite(inject('baseURL'));

const selectedIds = () =>
  suite.editor.page.evaluate(() => [
    ...(window as unknown as { __veranderlogica: { getState(): { selected: Set<string> } } }).__veranderlogica.getState().selected,
  ]);

describe('editing on the worked example', () => {
  it('adds cards with the keys 1–6 without touching the mouse', async () => {
    const { page } = suite.editor;
    const before = (await currentDocument(page)).nodes.length;
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('1');
    // The new card's title has the keyboard: the room's words go straight onto it; Esc goes back to the canvas.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('title');
    await page.keyboard.type('Veilig uitgaan');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('react-flow__node'))).toBe(true);
    await page.keyboard.press('4');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(before + 2);
    const doc = await currentDocument(page);
    expect(doc.nodes.slice(-2).map((n) => [n.kind, n.title])).toEqual([
      ['goal', 'Veilig uitgaan'],
      ['intervention', ''],
    ]);
    await page.keyboard.press('Escape');
  });

  it('refuses a forbidden connection with the reason, and changes nothing', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    await viewFitted(page);
    const edges = (await currentDocument(page)).edges.length;
    // From a goal's outgoing handle to an intervention's incoming side: goals may only point to goals.
    const source = (await page.locator('.react-flow__node[data-id="doel-netwerk"] .react-flow__handle.source').boundingBox())!;
    const target = (await page.locator('.react-flow__node[data-id="mech-korte-lijnen"] .react-flow__handle.target').boundingBox())!;
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Een doel kan niet naar een werkzaam mechanisme wijzen');
    expect((await currentDocument(page)).edges.length).toBe(edges);
  });

  it('clicking a finding selects its card', async () => {
    const { page } = suite.editor;
    const finding = page.locator('.vl-validation button').first();
    await finding.click();
    await expect.poll(selectedIds).not.toEqual([]);
  });

  it('finds a card with Ctrl+F and selects it', async () => {
    const { page } = suite.editor;
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('Control+f');
    // Typing selects the first match at once; Enter goes to the next.
    await page.getByLabel('Zoek een kaart').fill('lotgenoten');
    await expect.poll(selectedIds).toEqual(['mech-erkenning']);
    await expect.poll(() => page.locator('#find-result').textContent()).toBe('1/2');
    await page.keyboard.press('Enter');
    await expect.poll(selectedIds).toEqual(['int-lotgenoten']);
    await expect.poll(() => page.locator('#find-result').textContent()).toBe('2/2');
    await page.keyboard.press('Escape');
  });

  it('duplicates the selection with Ctrl+D as one undo step', async () => {
    const { page } = suite.editor;
    const before = (await currentDocument(page)).nodes.length;
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.evaluate(() =>
      (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select([
        'int-lotgenoten',
        'mech-erkenning',
      ]),
    );
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(before + 2);
    const copies = (await currentDocument(page)).nodes.slice(-2);
    expect(copies.map((n) => n.title).sort()).toEqual(['Erkenning en steun door lotgenoten', 'Lotgenotengroepen met ervaringsdeskundigen']);
    expect(copies.every((n) => !['int-lotgenoten', 'mech-erkenning'].includes(n.id))).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(before);
  });

  it('copies cards with their connection through the system clipboard and pastes them, also into another document', async () => {
    const { page } = suite.editor;
    const before = await currentDocument(page);
    const select = (ids: string[]) =>
      page.evaluate(
        (chosen) => (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select(chosen),
        ids,
      );
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await select(['int-lotgenoten', 'mech-erkenning']);
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toMatchObject({ format: 'veranderlogica-fragment' });
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(before.nodes.length + 2);
    const after = await currentDocument(page);
    const [a, b] = after.nodes.slice(-2).map((n) => n.id);
    expect(after.edges.some((e) => [a, b].includes(e.source) && [a, b].includes(e.target))).toBe(true);
    await page.keyboard.press('Control+z');

    // Into a blank document: the cards arrive, without the partners that only existed in the first.
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    await page.getByRole('region', { name: 'Aanpak seksueel geweld' }).getByRole('button', { name: /^Leeg/ }).click();
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(0);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(2);
    const blank = await currentDocument(page);
    expect(blank.edges).toHaveLength(1);
    expect(blank.nodes.flatMap((n) => (n.kind === 'intervention' ? n.actors : []))).toEqual([]);
    // Back to the worked example for the remaining tests.
    await page.keyboard.press('Control+z');
    await page.getByText('Recent', { exact: true }).click();
    await page.locator(`[data-recent="${before.id}"]`).click();
    await expect.poll(async () => (await currentDocument(page)).id).toBe(before.id);
  });

  it('manages target groups and assigns one to an intervention; removing it takes it off again', async () => {
    const { page } = suite.editor;
    const panel = page.getByRole('region', { name: 'Doelgroepen' });
    await panel.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
    let doc = await currentDocument(page);
    const group = doc.targetGroups.at(-1)!;
    expect(group.name).toBe('Nieuwe doelgroep');
    const item = panel.locator('li').last();
    // A new item opens unfolded, its name focused.
    await expect.poll(() => item.getByLabel('Naam', { exact: true }).evaluate((field) => field === document.activeElement)).toBe(true);
    await item.getByLabel('Naam', { exact: true }).fill('Jongeren in het mbo');
    await item.getByLabel(/^Risicogroep/).check();
    await page.evaluate(() =>
      (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select(['int-lespakket']),
    );
    await page.getByRole('group', { name: 'Doelgroepen' }).getByLabel('Jongeren in het mbo').check();
    doc = await currentDocument(page);
    expect(doc.targetGroups.at(-1)).toMatchObject({ name: 'Jongeren in het mbo', risk: true });
    const groupsOfLespakket = () => {
      const node = doc.nodes.find((n) => n.id === 'int-lespakket');
      return node?.kind === 'intervention' ? node.targetGroups : [];
    };
    expect(groupsOfLespakket()).toContain(group.id);
    await item.getByRole('button', { name: 'Doelgroep verwijderen' }).click();
    doc = await currentDocument(page);
    expect(doc.targetGroups.some((g) => g.id === group.id)).toBe(false);
    expect(groupsOfLespakket()).not.toContain(group.id);
  });

  it('a pinned card stays where it is when the rest is laid out again', async () => {
    const { page } = suite.editor;
    await page.evaluate(() =>
      (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select(['doel-netwerk']),
    );
    await page.getByLabel(/^Vastzetten/).check();
    const before = (await currentDocument(page)).layout!.positions['doel-netwerk']!;
    expect(before.pinned).toBe(true);
    // Move another card far away, then auto-layout: everything but the pinned card is placed again.
    await page.evaluate(() =>
      (window as unknown as { __veranderlogica: { apply(op: unknown): void } }).__veranderlogica.apply({
        type: 'setPositions',
        positions: { 'doel-herstel': { x: 9000, y: 9000 } },
      }),
    );
    await page.getByRole('button', { name: 'Automatisch indelen', exact: true }).click();
    // The layout runs in a worker: on a loaded machine it can take a few seconds.
    await expect.poll(async () => (await currentDocument(page)).layout!.positions['doel-herstel']!.x).toBeLessThan(9000);
    expect((await currentDocument(page)).layout!.positions['doel-netwerk']).toEqual(before);
  });

  it("deletes from the inspector as the Delete key does: the registry's command, one undo step with its name", async () => {
    const { page } = suite.editor;
    const before = await currentDocument(page);
    const edges = before.edges.filter((edge) => edge.source === 'doel-netwerk' || edge.target === 'doel-netwerk').length;
    expect(edges).toBeGreaterThan(0);
    await page.evaluate(() =>
      (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select(['doel-netwerk']),
    );
    await page.locator('.editor__right').getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(async () => (await currentDocument(page)).nodes.some((node) => node.id === 'doel-netwerk')).toBe(false);
    expect((await currentDocument(page)).edges.length).toBe(before.edges.length - edges);
    const undo = page.locator('.vl-toolbar button[aria-keyshortcuts="Control+Z"]');
    await expect.poll(() => undo.getAttribute('aria-label')).toBe('Ongedaan maken: verwijderen');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await currentDocument(page)).edges.length).toBe(before.edges.length);
    expect((await currentDocument(page)).nodes.map((node) => node.id)).toEqual(before.nodes.map((node) => node.id));
  });

  it('edits a field in the inspector, and a refused value shows why under the field', async () => {
    const { page } = suite.editor;
    await page.evaluate(() =>
      (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select(['int-lespakket']),
    );
    const link = page.getByLabel('Onderbouwing (link)');
    await link.fill('javascript:alert(1)');
    await expect.poll(() => page.locator('.vl-field__error').first().textContent()).toContain('http://');
    const doc = await currentDocument(page);
    expect(doc.nodes.find((n) => n.id === 'int-lespakket')).toMatchObject({ evidence: { link: 'https://www.nji.nl/interventies' } });
    await page.getByLabel('Titel', { exact: true }).fill('Lespakket Lang Leve de Liefde');
    await expect
      .poll(async () => (await currentDocument(page)).nodes.find((n) => n.id === 'int-lespakket')?.title)
      .toBe('Lespakket Lang Leve de Liefde');
    // Labels as one comma-separated field; a trailing comma while typing is kept, not swallowed.
    const tags = page.getByLabel('Labels (komma-gescheiden)');
    await tags.fill('');
    await tags.pressSequentially('school, mbo,');
    expect(await tags.inputValue()).toBe('school, mbo,');
    await tags.pressSequentially(' preventie');
    await expect
      .poll(async () => (await currentDocument(page)).nodes.find((n) => n.id === 'int-lespakket')?.tags)
      .toEqual(['school', 'mbo', 'preventie']);
    expect(suite.editor.errors).toEqual([]);
  });

  it('auto-layout lets the cards glide to their places, as one undo step', async () => {
    const { page } = suite.editor;
    const id = 'int-lespakket';
    await page.evaluate((card) => {
      const store = (window as unknown as { __veranderlogica: { apply(op: unknown): void } }).__veranderlogica;
      store.apply({ type: 'setPositions', positions: { [card]: { x: -3000, y: -2000 } } });
    }, id);
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    // The card far away is drawn once the fitted view reaches it (cards off screen are not drawn).
    await page.locator(`.react-flow__node[data-id="${id}"]`).waitFor();
    await viewFitted(page);
    const sampling = page.evaluate(async (card) => {
      const element = document.querySelector(`.react-flow__node[data-id="${card}"]`)!;
      const seen = new Set<string>();
      const start = performance.now();
      while (performance.now() - start < 2500) {
        seen.add(getComputedStyle(element).transform);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return seen.size;
    }, id);
    await page.getByRole('button', { name: 'Automatisch indelen', exact: true }).click();
    // Start, end and the frames in between: a jump would show two.
    expect(await sampling).toBeGreaterThan(4);
    const laidOut = (await currentDocument(page)).layout!.positions[id]!;
    expect(laidOut.x).not.toBe(-3000);
    // The connections follow the routes the layout computed, as in the exported picture.
    const doc = await currentDocument(page);
    const routed = () => page.locator('.react-flow__edge.vl-edge--routed').count();
    // Connections are not drawn while the cards glide and the view moves; then every one is.
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(doc.edges.length);
    const drawn = doc.edges.length;
    await expect.poll(routed).toBe(drawn);
    await page.screenshot({ path: `${SCREENSHOTS}12-routed-connections.png` });
    // A card moved: its connections are drawn as steps between the cards again, the others keep their routes.
    const moved = doc.nodes.find((node) => node.kind === 'goal')!.id;
    const touching = doc.edges.filter((edge) => edge.source === moved || edge.target === moved).length;
    expect(touching).toBeGreaterThan(0);
    const at = doc.layout!.positions[moved]!;
    await page.evaluate(
      ([card, x, y]) => {
        const store = (window as unknown as { __veranderlogica: { apply(op: unknown): void } }).__veranderlogica;
        store.apply({ type: 'setPositions', positions: { [card]: { x, y } } });
      },
      [moved, at.x + 50, at.y] as const,
    );
    await expect.poll(routed).toBe(drawn - touching);
    // Moved back (undo), it is where the layout put it, and its connections follow their routes again.
    await page.keyboard.press('Control+z');
    await expect.poll(routed).toBe(drawn);
    // The layout itself is one undo step.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await currentDocument(page)).layout!.positions[id]).toEqual({ x: -3000, y: -2000 });
  });
});

import { describe, expect, inject, it } from 'vitest';
import { currentDocument, editorForSuite, SCREENSHOTS } from './browser.js';

const suite = editorForSuite(inject('baseURL'));

/** Presses Tab until the focused element matches, as a keyboard user would reach it. */
async function tabTo(predicate: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await suite.editor.page.keyboard.press('Tab');
    if (await suite.editor.page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, predicate)) return;
  }
  throw new Error(`Tab never reached ${predicate}`);
}

describe('the outline: the whole ToC by keyboard', () => {
  it('builds a chain from goal to intervention without the mouse', async () => {
    const { page } = suite.editor;
    const before = await currentDocument(page);
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    await expect.poll(() => page.locator('.vl-outline [data-id]').count()).toBeGreaterThanOrEqual(before.nodes.length);

    // A new goal from the top control, by keyboard: focus the select and choose with the arrow keys.
    await page.getByRole('combobox', { name: 'Nieuwe kaart toevoegen' }).selectOption('goal');
    let doc = await currentDocument(page);
    const goal = doc.nodes.at(-1)!;
    expect(goal.kind).toBe('goal');
    // Focus moves to the new card's title, so typing names it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Titel (Doel)');
    await page.keyboard.type('Veilig uitgaan voor iedereen');

    // Under the goal: an outcome, then a mechanism under the outcome, then an intervention under the mechanism.
    const addUnder = async (title: string, kind: string, name: string) => {
      await page
        .getByRole('combobox', { name: `Kaart toevoegen die leidt tot „${title}”` })
        .first()
        .selectOption(kind);
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('');
      await page.keyboard.type(name);
    };
    await addUnder('Veilig uitgaan voor iedereen', 'outcome', 'Slachtoffers vinden sneller hulp');
    await addUnder('Slachtoffers vinden sneller hulp', 'mechanism', 'Drempel tot hulp wordt lager');
    await addUnder('Drempel tot hulp wordt lager', 'intervention', 'Spreekuur op school');
    await addUnder('Slachtoffers vinden sneller hulp', 'indicator', 'Tijd tot eerste contact');

    doc = await currentDocument(page);
    const byTitle = (title: string) => doc.nodes.find((node) => node.title === title)!;
    const connected = (a: string, b: string) => doc.edges.some((e) => e.source === byTitle(a).id && e.target === byTitle(b).id);
    expect(connected('Slachtoffers vinden sneller hulp', 'Veilig uitgaan voor iedereen')).toBe(true);
    expect(connected('Drempel tot hulp wordt lager', 'Slachtoffers vinden sneller hulp')).toBe(true);
    expect(connected('Spreekuur op school', 'Drempel tot hulp wordt lager')).toBe(true);
    expect(connected('Tijd tot eerste contact', 'Slachtoffers vinden sneller hulp')).toBe(true);
    // The nesting shows it: the intervention sits inside the goal's item.
    expect(await page.locator(`.vl-outline [data-id="${goal.id}"] [data-id="${byTitle('Spreekuur op school').id}"]`).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}outline.png` });
  });

  it('connects, detaches and deletes from the list, each one undo step', async () => {
    const { page } = suite.editor;
    let doc = await currentDocument(page);
    const intervention = doc.nodes.find((node) => node.title === 'Spreekuur op school')!;
    const outcome = doc.nodes.find((node) => node.kind === 'outcome' && node.title !== 'Slachtoffers vinden sneller hulp')!;
    const row = page.locator(`.vl-outline [data-id="${intervention.id}"]`).first();

    // Connect: the button opens a picker of the cards this one may point to.
    await row.getByRole('button', { name: '„Spreekuur op school” verbinden met…' }).click();
    await row.getByRole('combobox', { name: '„Spreekuur op school” verbinden met…' }).selectOption(outcome.id);
    doc = await currentDocument(page);
    const edge = doc.edges.find((e) => e.source === intervention.id && e.target === outcome.id);
    expect(edge).toBeDefined();

    // Detach that connection from under the outcome.
    await page
      .locator(`.vl-outline [data-id="${outcome.id}"] > ul > [data-id="${intervention.id}"]`)
      .first()
      .getByRole('button', { name: /^Verbinding van „Spreekuur op school” naar/ })
      .click();
    doc = await currentDocument(page);
    expect(doc.edges.some((e) => e.id === edge!.id)).toBe(false);

    // Delete the intervention; undo brings it back with its connection.
    const edgesBefore = doc.edges.length;
    await row.getByRole('button', { name: '„Spreekuur op school” verwijderen' }).click();
    doc = await currentDocument(page);
    expect(doc.nodes.some((n) => n.id === intervention.id)).toBe(false);
    await page.keyboard.press('Control+z');
    doc = await currentDocument(page);
    expect(doc.nodes.some((n) => n.id === intervention.id)).toBe(true);
    expect(doc.edges.length).toBe(edgesBefore);
  });

  it('can be reached and used with Tab alone, with a visible focus ring', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Lijst', exact: true }).focus();
    await tabTo('.vl-outline__add');
    await tabTo('.vl-outline__title');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    // Back to the diagram: the canvas is there again with every card.
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    const doc = await currentDocument(page);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(doc.nodes.length);
  });

  it('moves a focused card with the arrow keys as one undo step', async () => {
    const { page } = suite.editor;
    const doc = await currentDocument(page);
    const id = doc.nodes[0]!.id;
    const before = doc.layout!.positions[id]!;
    await page.locator(`.react-flow__node[data-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    let after = (await currentDocument(page)).layout!.positions[id]!;
    expect(after.x).toBeGreaterThan(before.x);
    await page.keyboard.press('Control+z');
    after = (await currentDocument(page)).layout!.positions[id]!;
    expect(after.x).toBe(before.x);
  });
});

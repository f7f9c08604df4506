import { describe, expect, inject, it } from 'vitest';
import { currentDocument, editorForSuite } from './browser.js';

const suite = editorForSuite(inject('baseURL'));

const select = (ids: string[]) =>
  suite.editor.page.evaluate(
    (list) => (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select(list),
    ids,
  );

describe('what format 2 adds, edited as a user would', () => {
  it('makes a speerpunt, names it, and puts an intervention in it from its properties', async () => {
    const { page } = suite.editor;
    const before = (await currentDocument(page)).groups.length;
    const panel = page.getByRole('region', { name: 'Groepen (strategieën, speerpunten)' });
    await panel.getByRole('button', { name: 'Groep toevoegen', exact: true }).click();
    await expect.poll(async () => (await currentDocument(page)).groups.length).toBe(before + 1);
    // A new group opens unfolded, its name focused.
    await expect
      .poll(() =>
        panel
          .getByLabel('Naam van de groep')
          .last()
          .evaluate((field) => field === document.activeElement),
      )
      .toBe(true);
    await panel.getByLabel('Naam van de groep').last().fill('Online veiligheid');
    await expect.poll(async () => (await currentDocument(page)).groups.at(-1)?.title).toBe('Online veiligheid');
    const group = (await currentDocument(page)).groups.at(-1)!;

    await select(['int-lespakket']);
    await page.getByLabel('Groep (strategie, speerpunt, bouwsteen)').selectOption({ label: 'Online veiligheid' });
    await expect
      .poll(async () => {
        const node = (await currentDocument(page)).nodes.find((n) => n.id === 'int-lespakket');
        return node && 'group' in node ? node.group : undefined;
      })
      .toBe(group.id);
    expect(suite.editor.errors).toEqual([]);
  });

  it('adds a second target to an indicator, typed the Dutch way, and keeps a half-typed row on screen', async () => {
    const { page } = suite.editor;
    await select(['ind-scholen']);
    const targets = page.getByRole('group', { name: 'Streefwaarden' });
    await targets.getByRole('button', { name: 'Rij toevoegen' }).click();
    await targets.getByLabel('Streefwaarden 2: waarde').fill('82,5');
    // Only a value so far: nothing is stored, and the row stays.
    expect((await currentDocument(page)).nodes.find((n) => n.id === 'ind-scholen')).toMatchObject({ targets: [{ value: 80 }] });
    await targets.getByLabel('Streefwaarden 2: datum').fill('2028-12-31');
    await expect
      .poll(async () => {
        const node = (await currentDocument(page)).nodes.find((n) => n.id === 'ind-scholen');
        return node?.kind === 'indicator' ? node.targets : undefined;
      })
      .toEqual([
        { value: 80, date: '2027-12-31' },
        { value: 82.5, date: '2028-12-31' },
      ]);
    await page.getByLabel('Richting').selectOption({ label: 'lager is beter' });
    await expect
      .poll(async () => (await currentDocument(page)).nodes.find((n) => n.id === 'ind-scholen'))
      .toMatchObject({ direction: 'decrease' });
  });

  it('gives the plan its own areas, which interventions then offer', async () => {
    const { page } = suite.editor;
    await select([]);
    await page.getByLabel('Eigen gebieden gebruiken in plaats van de vijf landelijke').check();
    await expect.poll(async () => (await currentDocument(page)).areas?.length).toBe(5);
    await page.getByRole('button', { name: 'Gebied toevoegen' }).click();
    await page.getByLabel('Gebied 6', { exact: true }).fill('Armoede en bestaanszekerheid');
    await expect.poll(async () => (await currentDocument(page)).areas?.at(-1)?.label).toBe('Armoede en bestaanszekerheid');

    await select(['int-lespakket']);
    const area = page.getByLabel('Gebied', { exact: true });
    await area.selectOption({ label: 'Armoede en bestaanszekerheid' });
    const areaId = (await currentDocument(page)).areas!.at(-1)!.id;
    await expect
      .poll(async () => (await currentDocument(page)).nodes.find((n) => n.id === 'int-lespakket'))
      .toMatchObject({ area: areaId });
    // The card shows the plan's own word for its area.
    await expect
      .poll(() => page.locator('.react-flow__node[data-id="int-lespakket"]').textContent())
      .toContain('Armoede en bestaanszekerheid');
    expect(suite.editor.errors).toEqual([]);
  });
});

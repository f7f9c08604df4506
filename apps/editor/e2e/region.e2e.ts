import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serializeDocument } from '@veranderlogica/core';
import { regionCorpus, syntheticDocument } from '@veranderlogica/core/testing';
import { launch, openEditor, SCREENSHOTS } from './browser.js';

let browser: Browser;
let folder: string;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'vl-region-e2e-'));
  const { regional, municipalities } = regionCorpus();
  writeFileSync(join(folder, 'regio-rijnmond.json'), serializeDocument(regional));
  for (const plan of municipalities) writeFileSync(join(folder, `${plan.id}.json`), serializeDocument(plan));
  writeFileSync(join(folder, 'kapot.json'), '{"format": "veranderlogica", "nodes": [');
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

type Window = { __veranderlogica: { getState(): { document: { id: string; title: string }; selected: Set<string> } } };
const open = (page: Page) =>
  page.evaluate(() => {
    const state = (window as unknown as Window).__veranderlogica.getState();
    return { plan: state.document.id, selected: [...state.selected] };
  });

describe('a region in the editor', () => {
  it('opens the region, shows a regional goal’s contributors, opens a municipality at its card, and follows its link back to the regional card', async () => {
    const { page, context, errors } = await openEditor(browser, baseURL);
    await page.getByRole('button', { name: 'Regio', exact: true }).click();
    const files = ['regio-rijnmond.json', 'kapot.json', ...regionCorpus().municipalities.map((plan) => `${plan.id}.json`)];
    await page.getByTestId('region-files').setInputFiles(files.map((file) => join(folder, file)));
    const view = page.locator('.vl-region');
    await expect.poll(() => view.locator('h2').textContent()).toContain('Regionale aanpak seksueel geweld Rijnmond');
    // The broken file is named, the others make the region.
    await expect.poll(() => view.getByRole('alert').textContent()).toContain('kapot.json overgeslagen');
    const goal = view.locator('tr[data-card="doel-voorkomen-stoppen"]');
    expect(await goal.locator('[data-municipality]').count()).toBe(6);
    expect(await view.locator('tr[data-card="doel-herstel"]').textContent()).toContain('nog geen gemeente');
    // The roll-up, as the CLI and the report have it: 120 + 15 + 14 + 6 + 11.
    expect(await view.locator('tr[data-code="SG-01"] [data-value]').getAttribute('data-value')).toBe('166');
    expect(await view.locator('.vl-region__findings li').count()).toBe(3);
    // The network picture: a dot for the GGD in each of the seven plans, set in the page's font at print size.
    const network = view.locator('.vl-region__network svg');
    expect(await network.locator('circle[data-partner="GGD"]').count()).toBe(7);
    expect(await network.locator('text[data-partner="GGD"]').evaluate((text) => getComputedStyle(text).fontFamily)).toContain('Noto Sans');
    await network.screenshot({ path: join(SCREENSHOTS, 'region-network.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'region.png') });

    // Maassluis, at the card it links to the regional prevention outcome with.
    await view.locator('tr[data-card="uitk-prevention"] [data-municipality="gemeente-maassluis"] button').click();
    await expect.poll(() => open(page)).toEqual({ plan: 'gemeente-maassluis', selected: ['uitk-respectvolle-omgang'] });
    const link = page.locator('.vl-inspector .vl-parent-cards button', { hasText: 'Minder seksueel grensoverschrijdend gedrag' });
    await expect.poll(() => link.textContent()).toContain('(Regionale aanpak seksueel geweld Rijnmond)');
    // Back to the region's card.
    await link.click();
    await expect.poll(() => open(page)).toEqual({ plan: 'regio-rijnmond', selected: ['uitk-prevention'] });

    // A new link, typed: Maassluis's policy outcome also contributes to the region's signalling outcome.
    await page.getByRole('button', { name: 'Regio', exact: true }).click();
    await view.locator('tr[data-card="uitk-netwerk"] [data-municipality="gemeente-maassluis"] button').click();
    await expect.poll(() => open(page)).toEqual({ plan: 'gemeente-maassluis', selected: ['uitk-beleid'] });
    const field = page.getByRole('combobox', { name: /Kaart van Regionale aanpak/ });
    await field.fill('Tijdige signalering van seksueel geweld');
    await field.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as { __veranderlogica: { getState(): { document: { nodes: { id: string; contributesTo?: string[] }[] } } } }
            ).__veranderlogica
              .getState()
              .document.nodes.find((node) => node.id === 'uitk-beleid')?.contributesTo,
        ),
      )
      .toEqual(['uitk-netwerk', 'uitk-signalling']);
    // The region follows the plan as it is being edited.
    await page.getByRole('button', { name: 'Regio', exact: true }).click();
    await expect
      .poll(() => view.locator('tr[data-card="uitk-signalling"] [data-municipality="gemeente-maassluis"]').textContent())
      .toContain('Maassluis');

    // In the plan's own properties: drop the parent, name it again, and retitle the plan that names it.
    type Plan = { document: { title: string; parent?: { id: string; title?: string } } };
    const plan = () =>
      page.evaluate(() => (window as unknown as { __veranderlogica: { getState(): Plan } }).__veranderlogica.getState().document);
    await view.locator('tr[data-card="uitk-signalling"] [data-municipality="gemeente-maassluis"] button').first().click();
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    await page.evaluate(() => (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select([]));
    const parentField = page.getByLabel('Bouwt voort op (regionaal plan)');
    await parentField.selectOption({ label: '— geen —' });
    await expect.poll(async () => (await plan()).parent).toBeUndefined();
    await parentField.selectOption({ label: 'Regionale aanpak seksueel geweld Rijnmond' });
    await expect.poll(async () => (await plan()).parent?.id).toBe('regio-rijnmond');
    await page.getByLabel('Titel', { exact: true }).first().fill('Aanpak seksueel geweld Maassluis 2027');
    await expect.poll(async () => (await plan()).title).toBe('Aanpak seksueel geweld Maassluis 2027');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a region at its size: 25 municipal plans of 120 cards and a regional plan of 150', async () => {
    const big = mkdtempSync(join(tmpdir(), 'vl-region-big-'));
    const regionalBase = syntheticDocument(150, 7);
    const regional = { ...regionalBase, id: 'regio', scope: { ...regionalBase.scope, level: 'region' as const, name: 'Regio' } };
    const targets = regional.nodes.filter((node) => node.kind === 'outcome').map((node) => node.id);
    const files = [join(big, 'regio.json')];
    writeFileSync(files[0]!, serializeDocument(regional));
    for (let m = 0; m < 25; m++) {
      const plan = syntheticDocument(120, 100 + m);
      const file = join(big, `gemeente-${m}.json`);
      const linked = plan.nodes.map((node, i) =>
        node.kind === 'outcome' ? { ...node, contributesTo: [targets[(i + m) % targets.length]!] } : node,
      );
      writeFileSync(
        file,
        serializeDocument({
          ...plan,
          id: `gemeente-${m}`,
          scope: { ...plan.scope, name: `Gemeente ${m + 1}` },
          parent: { id: 'regio' },
          nodes: linked,
        }),
      );
      files.push(file);
    }
    const { page, context, errors } = await openEditor(browser, baseURL);
    await page.getByRole('button', { name: 'Regio', exact: true }).click();
    await page.getByTestId('region-files').setInputFiles(files);
    const view = page.locator('.vl-region');
    await expect.poll(() => view.locator('p').first().textContent()).toBe('25 gemeenten bouwen voort op dit regionale plan.');
    expect(await view.locator('.vl-region__coverage thead th').count()).toBe(27);
    // The editor still answers: the diagram comes back at once.
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    await page.locator('.react-flow__node').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
    rmSync(big, { recursive: true, force: true });
  });
});

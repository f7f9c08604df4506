import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Document } from '@veranderlogica/core';
import { axeViolations, currentDocument, launch, openEditor, SCREENSHOTS, waitForAutosave, type EditorPage } from './browser.js';

let browser: Browser;
let editor: EditorPage;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
  editor = await openEditor(browser, baseURL);
});
afterAll(async () => {
  await browser?.close();
});

const GOALS = ['Minder seksueel geweld onder jongeren', 'Slachtoffers vinden sneller hulp', 'Professionals signaleren eerder'];
const INTERVENTIONS = [
  'Lespakket relationele en seksuele vorming',
  'Weerbaarheidstraining op het mbo',
  'Campagne in het uitgaansleven',
  'Spreekuur van het CSG op school',
  'Training signaleren voor wijkteams',
  'Daderaanpak met de reclassering',
];

const byTitle = (doc: Document, title: string) => doc.nodes.find((node) => node.title === title)!;

/** Chooses a step in the stepper and waits until the document has it. */
async function goToStep(step: string) {
  const { page } = editor;
  await page.locator(`[data-step="${step}"]`).click();
  await expect.poll(async () => (await currentDocument(page)).workshop?.step).toBe(step);
}

/** Connects two cards from the outline, by keyboard-operable controls. */
async function connect(sourceTitle: string, targetId: string) {
  const { page } = editor;
  const doc = await currentDocument(page);
  const row = page.locator(`.vl-outline [data-id="${byTitle(doc, sourceTitle).id}"]`).first();
  await row.getByRole('button', { name: `„${sourceTitle}” verbinden met…` }).click();
  await row.getByRole('combobox', { name: `„${sourceTitle}” verbinden met…` }).selectOption(targetId);
}

describe('a bliksemtraject from a blank veranderlogica', () => {
  it('step 1: the problem, facts with their source, and a risk group', async () => {
    const { page } = editor;
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    await page.getByRole('region', { name: 'Aanpak seksueel geweld' }).getByRole('button', { name: /^Leeg/ }).click();
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
    await expect.poll(() => page.locator('[data-step="problem"][aria-current="step"]').count()).toBe(1);
    expect(await page.getByText('Nog geen feiten over aard en omvang.').count()).toBe(1);

    await page.getByLabel(/^Deelnemende organisaties/).fill('Gemeente Voorbeeldstad\nGGD regio\nVeilig Thuis');
    await page.getByLabel('Het probleem in een paar zinnen').fill('Seksueel geweld onder jongeren blijft vaak buiten beeld.');
    await page.getByRole('button', { name: 'Feit toevoegen' }).click();
    await page.getByLabel('Feit 1', { exact: true }).fill('Een op de acht jongeren maakte ooit seksueel geweld mee.');
    await page.getByLabel('Bron', { exact: true }).fill('Seks onder je 25e, 2024');
    const groups = page.getByRole('region', { name: 'Doelgroepen' });
    await groups.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
    const group = groups.locator('li').last();
    // A new item opens unfolded, its name focused.
    await expect.poll(() => group.getByLabel('Naam', { exact: true }).evaluate((field) => field === document.activeElement)).toBe(true);
    await group.getByLabel('Naam', { exact: true }).fill('Jongeren in het mbo');
    await group.getByLabel(/^Risicogroep/).check();

    const doc = await currentDocument(page);
    expect(doc.context.facts).toEqual([expect.objectContaining({ source: 'Seks onder je 25e, 2024' })]);
    expect(doc.workshop?.participants).toEqual(['Gemeente Voorbeeldstad', 'GGD regio', 'Veilig Thuis']);
    expect(doc.targetGroups).toEqual([expect.objectContaining({ name: 'Jongeren in het mbo', risk: true })]);
    expect(await page.getByText('Deze stap is rond.').count()).toBe(1);
  });

  it('step 2: three goals by quick capture, without the mouse', async () => {
    const { page } = editor;
    await goToStep('goals');
    const field = page.getByRole('textbox', { name: 'Snel invoeren: Doel' });
    await field.focus();
    for (const goal of GOALS.slice(0, 2)) {
      await page.keyboard.type(goal);
      await page.keyboard.press('Enter');
    }
    // The third is a short-term, operational goal: chosen above the field, for every card typed after.
    await page.getByRole('combobox', { name: /^Niveau/ }).selectOption('operational');
    await page.getByRole('combobox', { name: /^Termijn/ }).selectOption('short');
    await field.focus();
    await page.keyboard.type(GOALS[2]!);
    await page.keyboard.press('Enter');
    // Focus stays in the field for the next one.
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(async () => (await currentDocument(page)).nodes.filter((n) => n.kind === 'goal').map((n) => n.title)).toEqual(GOALS);
    const third = byTitle(await currentDocument(page), GOALS[2]!);
    // An operational goal sits below the line of accountability (influence), whatever the capture field's default.
    expect(third).toMatchObject({ level: 'operational', horizon: 'short', sphere: 'influence' });
    expect(await page.getByText('Deze stap is rond.').count()).toBe(1);
    // The goals are laid out in their layers: the operational one below the line of accountability, under the two
    // above it (drawn bottom to top: a larger y).
    await expect
      .poll(async () => {
        const doc = await currentDocument(page);
        const y = (title: string) => doc.layout?.positions[byTitle(doc, title).id]?.y ?? Number.NaN;
        return y(GOALS[2]!) > Math.max(y(GOALS[0]!), y(GOALS[1]!));
      })
      .toBe(true);
  });

  it('step 3: six interventions by pasting lines, with their area', async () => {
    const { page } = editor;
    await goToStep('interventions');
    await page.getByRole('combobox', { name: /^Gebied/ }).selectOption('prevention');
    await page.evaluate((text) => navigator.clipboard.writeText(text), INTERVENTIONS.map((title) => `- ${title}`).join('\n'));
    const field = page.getByRole('textbox', { name: 'Snel invoeren: Interventie' });
    await field.focus();
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await currentDocument(page)).nodes.filter((n) => n.kind === 'intervention').length).toBe(6);
    expect(await field.evaluate((element: HTMLTextAreaElement) => element === document.activeElement && element.value === '')).toBe(true);
    const doc = await currentDocument(page);
    expect(doc.nodes.filter((n) => n.kind === 'intervention').map((n) => n.title)).toEqual(INTERVENTIONS);
    expect(doc.nodes.every((n) => n.kind !== 'intervention' || n.area === 'prevention')).toBe(true);
    // While the plan is being built, cards say what is left to do in the step's words, not how many warnings they carry;
    // the full check is one click away.
    const card = page.locator(`.react-flow__node[data-id="${byTitle(doc, INTERVENTIONS[0]!).id}"]`);
    await expect.poll(() => card.locator('.vl-badge--todo').textContent()).toBe('nog geen partner');
    expect(await page.locator('.react-flow__node .vl-badge--warning').count()).toBe(0);
    expect(await page.locator('.editor-check > summary').textContent()).toMatch(/^Volledige controle tonen \(\d+ punten\)$/);
    // What is missing names the areas still empty.
    expect(await page.getByText(/^Witte vlek: geen interventie in signalering/).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}06-workshop-interventions.png` });
  });

  it('resumes at the same step after a reload', async () => {
    const { page } = editor;
    await waitForAutosave(page);
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    await expect.poll(() => page.locator('[data-step="interventions"][aria-current="step"]').count()).toBe(1);
    expect((await currentDocument(page)).nodes).toHaveLength(9);
  });

  it('step 4: working mechanisms, connected through outcomes to the goals', async () => {
    const { page } = editor;
    await goToStep('mechanisms');
    const field = page.getByRole('textbox', { name: 'Snel invoeren: Werkzaam mechanisme' });
    await field.fill('Jongeren kennen hun grenzen en die van een ander');
    await field.press('Enter');
    await field.fill('Drempel om hulp te zoeken wordt lager');
    await field.press('Enter');
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    let doc = await currentDocument(page);
    // Outcomes under two goals, from the outline.
    for (const [goal, outcome] of [
      [GOALS[0]!, 'Jongeren gaan respectvol met elkaar om'],
      [GOALS[1]!, 'Slachtoffers melden zich eerder'],
    ] as const) {
      await page
        .getByRole('combobox', { name: `Kaart toevoegen die leidt tot „${goal}”` })
        .first()
        .selectOption('outcome');
      // Chromium routes synthetic key events by a focus state that settles a frame after focus() moved.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await page.keyboard.type(outcome);
    }
    doc = await currentDocument(page);
    await connect('Jongeren kennen hun grenzen en die van een ander', byTitle(doc, 'Jongeren gaan respectvol met elkaar om').id);
    await connect('Drempel om hulp te zoeken wordt lager', byTitle(doc, 'Slachtoffers melden zich eerder').id);
    await connect(INTERVENTIONS[0]!, byTitle(doc, 'Jongeren kennen hun grenzen en die van een ander').id);
    await connect(INTERVENTIONS[1]!, byTitle(doc, 'Jongeren kennen hun grenzen en die van een ander').id);
    await connect(INTERVENTIONS[3]!, byTitle(doc, 'Drempel om hulp te zoeken wordt lager').id);
    doc = await currentDocument(page);
    expect(doc.edges).toHaveLength(7);
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
  });

  it('step 5: dot voting and the chosen priorities', async () => {
    const { page } = editor;
    await goToStep('prioritise');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: `Stip erbij voor „${INTERVENTIONS[0]}”` }).click();
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: `Stip erbij voor „${INTERVENTIONS[3]}”` }).click();
    await page.getByRole('button', { name: `Stip erbij voor „${INTERVENTIONS[1]}”` }).click();
    await page.getByRole('checkbox', { name: `„${INTERVENTIONS[0]}” als prioriteit kiezen` }).check();
    const doc = await currentDocument(page);
    expect(doc.workshop?.votes).toEqual({
      [byTitle(doc, INTERVENTIONS[0]!).id]: 4,
      [byTitle(doc, INTERVENTIONS[3]!).id]: 2,
      [byTitle(doc, INTERVENTIONS[1]!).id]: 1,
    });
    // The list holds still while dots are added; sorted by votes on request (or after a pause), with the count on each card.
    await page.getByRole('button', { name: 'Sorteren op stemmen' }).click();
    const order = await page.locator('.vl-voting__item .vl-voting__title').allTextContents();
    expect(order.slice(0, 3)).toEqual([INTERVENTIONS[0], INTERVENTIONS[3], INTERVENTIONS[1]]);
    expect(await page.locator(`.react-flow__node[data-id="${byTitle(doc, INTERVENTIONS[0]!).id}"]`).textContent()).toContain('4 stemmen');
    expect(byTitle(doc, INTERVENTIONS[0]!)).toMatchObject({ priority: true });
  });

  it('step 6: partners carry the interventions, and indicators measure the goals', async () => {
    const { page } = editor;
    await goToStep('partners-and-measures');
    const partners = page.getByRole('region', { name: 'Partners (sociale kaart)' });
    await partners.getByRole('button', { name: 'Partner toevoegen' }).click();
    const partner = partners.locator('li').last();
    // A new partner opens unfolded, its name focused.
    await expect.poll(() => partner.getByLabel('Naam', { exact: true }).evaluate((field) => field === document.activeElement)).toBe(true);
    await partner.getByLabel('Naam', { exact: true }).fill('GGD regio');
    let doc = await currentDocument(page);
    await page.evaluate(
      (id) => (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select([id]),
      byTitle(doc, INTERVENTIONS[0]!).id,
    );
    await page.getByRole('group', { name: 'Uitvoerende partners' }).getByLabel('GGD regio').check();

    const field = page.getByRole('textbox', { name: 'Snel invoeren: Indicator' });
    await field.fill('Aandeel jongeren dat grenzen aangeeft');
    await field.press('Enter');
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    doc = await currentDocument(page);
    await connect('Aandeel jongeren dat grenzen aangeeft', byTitle(doc, GOALS[0]!).id);
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    doc = await currentDocument(page);
    const lespakket = byTitle(doc, INTERVENTIONS[0]!);
    expect(lespakket.kind === 'intervention' && lespakket.actors).toEqual([doc.actors[0]!.id]);
    expect(doc.edges.some((e) => e.kind === 'measures' && e.target === byTitle(doc, GOALS[0]!).id)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}07-workshop-partners.png` });
  });

  it('has no serious or critical axe-core violations in workshop mode, the offer and the network views', async () => {
    const { page } = editor;
    expect(await axeViolations(page)).toEqual([]);
    for (const view of ['Aanbod', 'Netwerk']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Aanbod', exact: true }).click();
    await page.screenshot({ path: `${SCREENSHOTS}09-offer.png` });
    // A cell shows its interventions on the diagram: the six in prevention that name no target group.
    await page.getByRole('button', { name: /^6\s*,\s*preventie, geen doelgroep genoemd/ }).click();
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(6);
    const selected = await page.evaluate(() => [
      ...(window as unknown as { __veranderlogica: { getState(): { selected: Set<string> } } }).__veranderlogica.getState().selected,
    ]);
    const doc = await currentDocument(page);
    expect(selected.sort()).toEqual(
      doc.nodes
        .filter((n) => n.kind === 'intervention')
        .map((n) => n.id)
        .sort(),
    );
  });

  it('parks an open question for the report', async () => {
    const { page } = editor;
    await page.getByRole('textbox', { name: 'Een open vraag voor later' }).fill('Wie financiert het spreekuur na 2027?');
    await page.getByRole('button', { name: 'Vraag parkeren' }).click();
    expect((await currentDocument(page)).workshop?.parkingLot).toEqual([
      expect.objectContaining({ text: 'Wie financiert het spreekuur na 2027?' }),
    ]);
  });

  it('presents the chains of one goal, one by one', async () => {
    const { page } = editor;
    const doc = await currentDocument(page);
    const goal = byTitle(doc, GOALS[0]!);
    await page.getByRole('button', { name: /Presenteren/ }).click();
    onTestFinished(async () => {
      if (await page.locator('.editor-present').count()) await page.keyboard.press('Escape');
    });
    await expect.poll(() => page.locator('.vl-toolbar').isVisible()).toBe(false);
    const stage = page.locator('.editor-present-stage');
    await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
    await stage.locator(`g[data-id="${goal.id}"]`).click();
    await expect.poll(() => page.locator('.editor-present').textContent()).toContain('Alle 2 ketens naar');
    await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
    // The goal's chains alone, laid out on their own: nothing of the other goal's chains.
    const shown = async (title: string) => (await stage.locator(`g[data-id="${byTitle(doc, title).id}"]`).count()) > 0;
    expect(await shown(INTERVENTIONS[0]!)).toBe(true);
    expect(await shown(INTERVENTIONS[3]!)).toBe(false);
    expect(await shown(GOALS[1]!)).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.editor-present').textContent()).toContain('Keten 1 van 2');
    await expect.poll(() => stage.locator('g[data-id][data-faded]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}08-presentation.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.vl-toolbar').isVisible()).toBe(true);
  });

  it('hands over the report and the measurement plan spreadsheet', async () => {
    const { page } = editor;
    const doc = await currentDocument(page);
    const exportAs = async (label: string) => {
      await page.getByText('Exporteren', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: label }).click()]);
      return download.path();
    };

    const html = readFileSync(await exportAs('Rapport (HTML, af te drukken als pdf)'), 'utf8');
    const report = new JSDOM(html).window.document;
    expect([...report.querySelectorAll('main > section:not(.diagram-page)')].map((s) => s.id)).toEqual([
      'title',
      'diagram',
      'summary',
      'context',
      'goals',
      'priorities',
      'partners',
      'measurement-plan',
      'progress',
      'coverage',
      'assumptions',
      'open-questions',
      'checks',
    ]);
    expect(report.querySelectorAll('#goals .goal')).toHaveLength(3);
    expect(report.querySelector('#title')!.textContent).toContain('Gemeente Voorbeeldstad, GGD regio, Veilig Thuis');
    expect([...report.querySelectorAll('#priorities tbody tr td:nth-child(2)')].map((td) => td.textContent)).toEqual(['4', '2', '1']);
    expect(report.querySelectorAll('#partners tbody tr')).toHaveLength(1);
    expect(report.querySelectorAll('#measurement-plan tbody tr')).toHaveLength(1);
    expect(report.querySelector('#open-questions li')!.textContent).toBe('Wie financiert het spreekuur na 2027?');
    // The report's diagram is the one vector picture: every card of the plan, by id.
    const src = report.querySelector('#diagram img')!.getAttribute('src')!;
    expect(src).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    const picture = new JSDOM(decodeURIComponent(src.slice(src.indexOf(',') + 1)), { contentType: 'image/svg+xml' }).window.document;
    expect([...picture.querySelectorAll('g[data-id]')].map((g) => g.getAttribute('data-id')).sort()).toEqual(
      doc.nodes.map((n) => n.id).sort(),
    );
    expect(report.querySelector('#context')!.textContent).toContain('Seks onder je 25e, 2024');
    // After the overview, the atlas's detail pages: each about a goal's chains, and every goal with chains drawn large on one.
    const goalPages = [...report.querySelectorAll('section.diagram-page[data-goal]')];
    expect(goalPages.length).toBeGreaterThanOrEqual(1);
    const drawnLarge = goalPages.map((goalPage) => decodeURIComponent(goalPage.querySelector('img')!.getAttribute('src')!)).join('');
    for (const goalPage of goalPages) expect(doc.nodes.find((n) => n.id === goalPage.getAttribute('data-goal'))?.kind).toBe('goal');
    for (const goal of new Set(goalPages.map((goalPage) => goalPage.getAttribute('data-goal')!)))
      expect(drawnLarge).toContain(`data-id="${goal}"`);

    // Printed, the report is a real paginated PDF.
    const printed = await browser.newPage();
    await printed.setContent(html);
    const pdf = await printed.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThanOrEqual(4);
    await printed.close();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await exportAs('Meetplan (Excel)'))).buffer);
    const sheet = workbook.getWorksheet('Meetplan')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('Aandeel jongeren dat grenzen aangeeft');
    expect(sheet.getRow(2).getCell(3).value).toContain(GOALS[0]);
    expect(workbook.getWorksheet('Partners')!.getRow(2).getCell(1).value).toBe('GGD regio');
    expect(doc.nodes.filter((n) => n.kind === 'indicator')).toHaveLength(1);
    expect(editor.errors).toEqual([]);
  });
});

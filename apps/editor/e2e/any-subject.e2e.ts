import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeDocument, type Document } from '@veranderlogica/core';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { CARD_BEFORE_MEASURED } from '@veranderlogica/ui';
import { currentDocument, editorForSuite, launch, openEditor, openFile, SCREENSHOTS, viewFitted, viewSettled } from './browser.js';

// A facilitator runs a bliksemtraject on loneliness among older people: the subject is not sexual violence, the order
// is the workshop's own (interventions in step 3, mechanisms in step 4), and each defect a new user met is tried.
const suite = editorForSuite(inject('baseURL'));
const baseURL = inject('baseURL');

/** Words of the sexual-violence pack that must not reach a room discussing another subject. */
const SUBJECT_WORDS = /seksu|slachtoffer|pleger|\bcsg\b|handhaving|sexual|victim|perpetrat/i;

/** What the screen says, less the subject choice itself (its options name every pack). */
const screenText = (page: Page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('select[name="topic"], script, style').forEach((element) => element.remove());
    return `${clone.innerText}\n${[...clone.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder')).join('\n')}`;
  });

const byTitle = (doc: Document, title: string) => doc.nodes.find((node) => node.title === title)!;

async function goToStep(page: Page, step: string) {
  await page.locator(`[data-step="${step}"]`).click();
  await expect.poll(async () => (await currentDocument(page)).workshop?.step).toBe(step);
}

describe('a bliksemtraject on another subject', () => {
  it('offers the subjects under Nieuw, and says not one word about sexual violence in any step of a loneliness plan', async () => {
    const { page } = suite.editor;
    // The worked example first: it has a plan period, which the new plan must not inherit.
    expect((await currentDocument(page)).scope.period).toEqual({ start: 2025, end: 2028 });
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    expect(await page.getByRole('region', { name: 'Algemeen: elk onderwerp' }).getByRole('button').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Aanpak seksueel geweld' }).getByRole('button').count()).toBe(4);
    await page.getByRole('region', { name: 'Algemeen: elk onderwerp' }).getByRole('button', { name: /^Leeg/ }).click();
    await page.getByRole('button', { name: 'Werksessie', exact: true }).click();

    // Defect: the period of the previous plan stayed in the fields.
    await expect.poll(() => page.getByLabel('Looptijd: van (jaar)').inputValue()).toBe('');
    expect(await page.getByLabel('Looptijd: tot en met (jaar)').inputValue()).toBe('');
    expect((await currentDocument(page)).scope.period).toBeUndefined();
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe('algemeen');

    await page.getByLabel('Titel', { exact: true }).fill('Eenzaamheid onder ouderen, Voorbeeldstad');
    const groups = page.getByRole('region', { name: 'Doelgroepen' });
    await groups.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
    // Defect: a new target group was added folded. It opens, its name focused.
    await expect
      .poll(() =>
        groups
          .locator('li')
          .last()
          .getByLabel('Naam', { exact: true })
          .evaluate((field) => field === document.activeElement),
      )
      .toBe(true);
    // The risk group in the subject's words, without "slachtoffer of pleger".
    expect(await groups.locator('li').last().getByLabel('Risicogroep (loopt meer risico)', { exact: true }).count()).toBe(1);

    for (const step of ['problem', 'goals', 'interventions', 'mechanisms', 'prioritise', 'partners-and-measures']) {
      await goToStep(page, step);
      const text = await screenText(page);
      expect(text.match(SUBJECT_WORDS)?.[0], step).toBeUndefined();
    }
    // The plan's own areas, in the step and in Aanbod.
    await goToStep(page, 'interventions');
    expect(await page.locator('.vl-stepper__guidance').textContent()).toContain('leefomgeving');
    await page.getByRole('button', { name: 'Aanbod', exact: true }).click();
    await expect.poll(() => page.locator('.vl-coverage').textContent()).toContain('samenwerking en borging');
    expect((await screenText(page)).match(SUBJECT_WORDS)?.[0]).toBeUndefined();
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
  });

  it('step 3 before step 4: mechanisms link back to interventions with "←" and "Komt van…"', async () => {
    const { page } = suite.editor;
    await goToStep(page, 'interventions');
    await page.getByRole('textbox', { name: 'Snel invoeren: Interventie' }).fill('Maatjesproject\nOntmoetingsochtend in de bibliotheek');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(2);
    await goToStep(page, 'mechanisms');
    await page.getByRole('textbox', { name: 'Snel invoeren: Uitkomst' }).fill('Ouderen hebben meer contacten');
    await page.keyboard.press('Enter');
    await page
      .getByRole('textbox', { name: 'Snel invoeren: Werkzaam mechanisme' })
      .fill('Vertrouwen in een vaste maatje groeit ← Maatjesproject → meer contacten');
    await page.keyboard.press('Enter');
    // "Komt van…": the chosen intervention leads to every card typed below it.
    const mechanisms = page.getByRole('region', { name: 'Snel invoeren: Werkzaam mechanisme' });
    await mechanisms.getByLabel('Komt van…').fill('ontmoetingsochtend');
    await expect.poll(() => mechanisms.getByText('✓ nieuwe kaarten worden hiermee verbonden').count()).toBe(1);
    await page.getByRole('textbox', { name: 'Snel invoeren: Werkzaam mechanisme' }).fill('Drempel om naar buiten te gaan wordt lager');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(5);
    const doc = await currentDocument(page);
    const linked = (a: string, b: string) => doc.edges.some((e) => e.source === byTitle(doc, a).id && e.target === byTitle(doc, b).id);
    expect(linked('Maatjesproject', 'Vertrouwen in een vaste maatje groeit')).toBe(true);
    expect(linked('Vertrouwen in een vaste maatje groeit', 'Ouderen hebben meer contacten')).toBe(true);
    expect(linked('Ontmoetingsochtend in de bibliotheek', 'Drempel om naar buiten te gaan wordt lager')).toBe(true);
  });

  it('connects the selection to a card chosen by typing (Verbind met…, keyboard only)', async () => {
    const { page } = suite.editor;
    const doc = await currentDocument(page);
    await page.evaluate(
      (id) => (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select([id]),
      byTitle(doc, 'Drempel om naar buiten te gaan wordt lager').id,
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: /^Verbind de gekozen kaart met/ });
    await dialog.getByRole('combobox').fill('meer cont');
    expect(await dialog.getByRole('option').allTextContents()).toEqual(['Uitkomst Ouderen hebben meer contacten']);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(async () => {
        const now = await currentDocument(page);
        return now.edges.some(
          (e) =>
            e.source === byTitle(now, 'Drempel om naar buiten te gaan wordt lager').id &&
            e.target === byTitle(now, 'Ouderen hebben meer contacten').id,
        );
      })
      .toBe(true);
  });

  it('does not tick step 6 when step 1 has made partners, and guesses Dutch compounds', async () => {
    const { page } = suite.editor;
    await goToStep(page, 'problem');
    await page
      .getByLabel(/^Deelnemende organisaties/)
      .fill('Huisartsen\nWelzijnsorganisatie De Brug\nWijkteams\nBasisschool De Wilg\nWoningcorporatie Thuis');
    await page.getByRole('button', { name: '5 organisaties als partner toevoegen' }).click();
    await expect
      .poll(async () => (await currentDocument(page)).actors.map((a) => a.domain))
      .toEqual(['care', 'social', 'social', 'education', 'housing']);
    expect(await page.locator('[data-step="partners-and-measures"].vl-stepper__step--done').count()).toBe(0);
  });

  it('gives several interventions a group, target groups and partners at once; the fifth partner can be ticked', async () => {
    const { page } = suite.editor;
    let doc = await currentDocument(page);
    await page.evaluate(() => {
      const api = (window as unknown as { __veranderlogica: { apply(op: unknown): void } }).__veranderlogica;
      api.apply({
        type: 'addGroup',
        group: { id: 'ontmoeten', title: 'Ontmoeten', description: '', kind: 'strategy', crossCutting: false },
      });
      api.apply({ type: 'addTargetGroup', targetGroup: { id: 'ouderen', name: 'Ouderen 75+', risk: true, description: '' } });
    });
    const ids = doc.nodes.filter((n) => n.kind === 'intervention').map((n) => n.id);
    await page.evaluate(
      (selection) => (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select(selection),
      ids,
    );
    const panel = page.getByRole('region', { name: '2 kaarten tegelijk bewerken' });
    await panel.getByLabel('Groep (2 kaarten)').selectOption('ontmoeten');
    await panel.getByRole('group', { name: 'Doelgroepen voor 2 interventies' }).getByRole('checkbox', { name: 'Ouderen 75+' }).check();
    // A real click on the last partner: it must be on top, not under the next panel.
    await panel
      .getByRole('group', { name: 'Partners voor 2 interventies' })
      .getByRole('checkbox', { name: 'Woningcorporatie Thuis' })
      .click();
    await expect
      .poll(async () => {
        doc = await currentDocument(page);
        return doc.nodes
          .filter((n) => n.kind === 'intervention')
          .map((n) => n.kind === 'intervention' && [n.group, n.targetGroups, n.actors.length]);
      })
      .toEqual([
        ['ontmoeten', ['ouderen'], 1],
        ['ontmoeten', ['ouderen'], 1],
      ]);
    await page.screenshot({ path: `${SCREENSHOTS}any-subject-selection.png` });
  });

  it('ticks the target groups an area’s interventions reach in a witte vlek of Aanbod', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Aanbod', exact: true }).click();
    const gap = page.getByRole('button', { name: /preventie, Nieuwe doelgroep/ });
    expect(await gap.textContent()).toMatch(/witte vlek/);
    await gap.click();
    const reach = page.getByRole('group', { name: 'Welke interventies in preventie bereiken Nieuwe doelgroep?' });
    await reach.getByLabel('Maatjesproject').check();
    await expect.poll(() => gap.textContent()).toMatch(/^1/);
    const doc = await currentDocument(page);
    const group = doc.targetGroups.find((g) => g.name === 'Nieuwe doelgroep')!.id;
    const maatjes = doc.nodes.find((n) => n.title === 'Maatjesproject');
    expect(maatjes?.kind === 'intervention' && maatjes.targetGroups.includes(group)).toBe(true);
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
  });

  it('keeps ideas without a kind, and sorts them with a key or by dragging one onto a layer', async () => {
    const { page } = suite.editor;
    const lane = page.getByRole('region', { name: 'Ideeën, nog zonder soort' });
    await lane.getByRole('textbox', { name: 'Nieuw idee' }).fill('Buurtapp voor ouderen\nOuderen durven hulp te vragen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentDocument(page)).workshop?.ideas.length).toBe(2);
    const before = (await currentDocument(page)).nodes.length;
    // A key on an idea gives it that kind (4: intervention), and adds no other card.
    await lane.getByRole('listitem', { name: 'Idee: Buurtapp voor ouderen' }).focus();
    await page.keyboard.press('4');
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(before + 1);
    let doc = await currentDocument(page);
    expect(byTitle(doc, 'Buurtapp voor ouderen').kind).toBe('intervention');
    expect(doc.workshop?.ideas.map((idea) => idea.text)).toEqual(['Ouderen durven hulp te vragen']);
    // Dragged onto the row of outcomes, an idea becomes an outcome there (once the layout has settled).
    await expect
      .poll(() => page.getByRole('button', { name: 'Automatisch indelen', exact: true }).getAttribute('aria-busy'))
      .not.toBe('true');
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    await viewSettled(page);
    doc = await currentDocument(page);
    // Beside the outcome where the plan has it (its stored place, through the view's transform: not a card still gliding).
    const at = doc.layout!.positions[byTitle(doc, 'Ouderen hebben meer contacten').id]!;
    // The drag as the browser sends it (dragstart on the idea, dragover and drop on the canvas, one DataTransfer),
    // at a client point computed from the view's transform.
    await page.evaluate(
      ({ flow, text }) => {
        const matrix = new DOMMatrix(getComputedStyle(document.querySelector('.editor__diagram .react-flow__viewport')!).transform);
        const screen = matrix.transformPoint(new DOMPoint(flow.x, flow.y));
        const origin = document.querySelector('.editor__diagram .react-flow')!.getBoundingClientRect();
        const client = { clientX: origin.left + screen.x, clientY: origin.top + screen.y };
        const idea = [...document.querySelectorAll<HTMLElement>('.vl-ideas__idea')].find((li) => li.textContent?.includes(text))!;
        const transfer = new DataTransfer();
        idea.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: transfer }));
        const pane = document.elementFromPoint(client.clientX, client.clientY)!;
        pane.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer, ...client }));
        pane.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer, ...client }));
      },
      { flow: { x: at.x + 240 + 40, y: at.y + 40 }, text: 'Ouderen durven hulp te vragen' },
    );
    await expect.poll(async () => (await currentDocument(page)).workshop?.ideas.length).toBe(0);
    doc = await currentDocument(page);
    expect(byTitle(doc, 'Ouderen durven hulp te vragen').kind).toBe('outcome');
  });

  it('puts a card added with a key in free space in its layer, and its handles are 24 px to catch at any zoom', async () => {
    const { page } = suite.editor;
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    await viewSettled(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('4');
    await expect.poll(async () => (await currentDocument(page)).nodes.some((n) => n.kind === 'intervention' && n.title === '')).toBe(true);
    await page.keyboard.press('Escape');
    const doc = await currentDocument(page);
    const placed = Object.entries(doc.layout?.positions ?? {});
    const fresh = doc.nodes.find((n) => n.kind === 'intervention' && n.title === '')!;
    const at = doc.layout!.positions[fresh.id]!;
    for (const [id, p] of placed) if (id !== fresh.id) expect(Math.abs(p.x - at.x) >= 240 || Math.abs(p.y - at.y) >= 92, id).toBe(true);
    const others = doc.nodes.filter((n) => n.kind === 'intervention' && n.id !== fresh.id).map((n) => doc.layout!.positions[n.id]!.y);
    expect(others).toContain(at.y);

    // Zoomed out as far as a whole plan of 300 cards needs, a handle's dot is a few pixels; beside it still catches it,
    // while the card's middle stays the card (to drag it).
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await viewSettled(page);
    const zoom = await page.evaluate(() => Number(getComputedStyle(document.querySelector('.react-flow')!).getPropertyValue('--vl-zoom')));
    expect(zoom).toBeGreaterThan(0);
    expect(zoom).toBeLessThan(0.6);
    const handle = page.locator('.react-flow__node .vl-handle.react-flow__handle-bottom').first();
    const box = (await handle.boundingBox())!;
    const beside = 10;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('vl-handle') ?? false, {
      x: box.x + box.width / 2 + beside,
      y: box.y + box.height / 2,
    });
    expect(hit).toBe(true);
  });

  it('moves the view, not a connection, when a large plan is pressed between its cards zoomed out', async () => {
    const { page } = suite.editor;
    // A plan of 400 cards, opened as a file: at the zoom that shows it whole its cards are drawn simple (no text).
    const dir = mkdtempSync(join(tmpdir(), 'vl-large-'));
    const path = join(dir, 'groot.json');
    writeFileSync(path, serializeDocument(syntheticDocument(400)));
    await openFile(page, path);
    await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(400);
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    await viewFitted(page);
    const before = await currentDocument(page);
    expect(await page.locator('.vl-card__simple').count()).toBeGreaterThan(0);
    // A simple card is exactly the size React Flow is told before it measures: such a card is drawn once, not twice.
    const simpleSizes = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('.react-flow__node:has(.vl-card__simple)')].map(
          (card) => `${(card as HTMLElement).offsetWidth}x${(card as HTMLElement).offsetHeight}`,
        ),
      ),
    ]);
    expect(simpleSizes).toEqual([`${CARD_BEFORE_MEASURED.width}x${CARD_BEFORE_MEASURED.height}`]);
    const zoom = await page.evaluate(() => Number(getComputedStyle(document.querySelector('.react-flow')!).getPropertyValue('--vl-zoom')));
    expect(zoom).toBeLessThan(0.2);
    // Over the whole diagram, what a press lands on: 24 px on the screen would be 120+ units here, and the handles'
    // areas would cover the gaps between the cards and layers, so no press could move the view.
    const share = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.react-flow__node')].map((element) => element.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const right = Math.max(...boxes.map((b) => b.right));
      const top = Math.min(...boxes.map((b) => b.top));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      let onHandle = 0;
      let samples = 0;
      for (let x = left; x <= right; x += (right - left) / 40)
        for (let y = top; y <= bottom; y += (bottom - top) / 25) {
          samples++;
          if (document.elementFromPoint(x, y)?.classList.contains('vl-handle')) onHandle++;
        }
      return onHandle / samples;
    });
    expect(share).toBeLessThan(0.25);
    expect((await currentDocument(page)).nodes.length).toBe(before.nodes.length);
  });
});

describe('no text cut off', () => {
  it('shows the goal fields, the voting buttons, the presented goal and an intervention’s area in full', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const { page } = await openEditor(browser, baseURL, context);
      await page.getByRole('button', { name: 'Werksessie', exact: true }).click();
      await goToStep(page, 'goals');
      // Each select as wide as its chosen text and its arrow ("lange termijn" was cut).
      const selects = await page.locator('.vl-capture__goal select').evaluateAll((elements) =>
        elements.map((element) => {
          const select = element as HTMLSelectElement;
          const style = getComputedStyle(select);
          const canvas = document.createElement('canvas').getContext('2d')!;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          return { text: canvas.measureText(select.selectedOptions[0]!.text).width, room: select.clientWidth - 28 };
        }),
      );
      expect(selects).toHaveLength(2);
      for (const { text, room } of selects) expect(text).toBeLessThanOrEqual(room);
      await goToStep(page, 'prioritise');
      const sort = page.getByRole('button', { name: 'Sorteren op stemmen' });
      const fits = await sort.evaluate((button) => {
        const lineHeight = parseFloat(getComputedStyle(button).lineHeight) || 16;
        return button.scrollWidth <= button.clientWidth && button.getBoundingClientRect().height < 2 * lineHeight + 10;
      });
      expect(fits).toBe(true);

      // In Lijst an intervention says its area.
      await page.getByRole('button', { name: 'Lijst', exact: true }).click();
      const area = page.locator('.vl-outline__item--intervention .vl-outline__area').first();
      expect(await area.textContent()).toMatch(/preventie|signalering|zorg en ondersteuning|omgeving|handhaving en nazorg/);
      await page.getByRole('button', { name: 'Diagram', exact: true }).click();

      // Presenting a goal: the line on top names the goal in full, the plan's long title gives way.
      await page.getByRole('button', { name: /Presenteren/ }).click();
      const stage = page.locator('.editor-present-stage');
      await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
      const doc = await currentDocument(page);
      const goal = doc.nodes.find((node) => node.kind === 'goal')!;
      await stage.locator(`g[data-id="${goal.id}"]`).click();
      const where = page.locator('.editor-present span[aria-live]');
      await expect.poll(() => where.textContent()).toContain(goal.title);
      await expect.poll(() => where.evaluate((span) => span.scrollWidth - span.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}present-goal-line.png` });
    } finally {
      await browser.close();
    }
  });
});

describe('the editor on a laptop screen', () => {
  it('fits a 1440 px screen without scrolling sideways, the language and the room in reach', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const { page } = await openEditor(browser, baseURL, context);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
      for (const [name, button] of [
        ['language', page.locator('[data-command="language"]')],
        ['room', page.getByRole('button', { name: /Werksessie-ruimte openen/ })],
      ] as const) {
        const box = (await button.first().boundingBox())!;
        expect(box.x + box.width, name).toBeLessThanOrEqual(1440);
      }
      await page.screenshot({ path: `${SCREENSHOTS}toolbar-1440.png` });
    } finally {
      await browser.close();
    }
  });
});

import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { applyOperation, serializeDocument, type Document } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { roomServerForSuite, SCREENSHOTS } from './browser.js';

const suite = roomServerForSuite('vl-review-e2e-');

type Window = { __veranderlogica?: { getState(): { document: Document } }; __veranderlogicaRoom?: { json(): string } };
const ownerPlan = (page: Page) =>
  page
    .evaluate(() => JSON.stringify((window as unknown as Window).__veranderlogica!.getState().document))
    .then((text) => JSON.parse(text) as Document);

/** The strategy plan with its first intervention carried by the second partner only, so a limited link has something of its own. */
function concept(): Document {
  let document = strategyPlan(3);
  const [, second] = document.actors;
  const interventions = document.nodes.filter((node) => node.kind === 'intervention');
  for (const card of interventions) {
    const actors = card.id === interventions[0]!.id ? [second!.id] : card.actors.filter((actor) => actor !== second!.id);
    document = applyOperation(document, { type: 'updateNode', id: card.id, changes: { actors } }).document;
  }
  return document;
}

async function partnerPage(url: string) {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
  return page;
}

describe('review and adoption', () => {
  it('the owner starts a round; two partners comment and suggest through their own links; the owner accepts one and declines one; the reactienota says so', async () => {
    const plan = concept();
    const [ggd, police] = plan.actors;
    const card = plan.nodes.find((node) => node.kind === 'intervention')!;
    const other = plan.nodes.filter((node) => node.kind === 'intervention')[1]!;
    const opened = (await (await fetch(`${suite.server.url}/api/rooms`, { method: 'POST', body: serializeDocument(plan) })).json()) as {
      room: string;
      token: string;
    };
    const ownerContext = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    // Downloads, not the browser's save dialog, as every browser test here.
    await ownerContext.addInitScript(() => delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    const owner = await ownerContext.newPage();
    await owner.goto(`${suite.server.url}/?room=${opened.room}#token=${opened.token}`);
    await owner.waitForSelector('.react-flow__node');
    await owner.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();

    // The owner opens "Reacties" and starts a round with two partners, the second on its own interventions only.
    await owner.getByRole('button', { name: 'Reacties', exact: true }).click();
    const rounds = owner.locator('.vl-rounds');
    await rounds.getByRole('button', { name: 'Reviewronde starten' }).click();
    await rounds.getByLabel('Reageren tot en met').fill('2099-03-29');
    await rounds.getByRole('checkbox', { name: ggd!.name }).check();
    await rounds.getByRole('checkbox', { name: police!.name }).check();
    await rounds.getByLabel(`Waarop ${police!.name} reageert`).selectOption('own');
    await rounds.getByRole('button', { name: /Start de ronde met 2 partners/ }).click();
    await expect.poll(() => rounds.locator('.vl-rounds__status').textContent()).toContain('in review');
    await rounds.getByRole('button', { name: 'Reviewlinks maken' }).click();
    const links = rounds.locator('.vl-rounds__links input');
    await expect.poll(() => links.count()).toBe(2);
    const [ggdLink, policeLink] = await links.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

    // The GGD comments on an intervention and proposes a new title for it.
    const first = await partnerPage(ggdLink!);
    expect(await first.locator('.editor-toolbar, .vl-inspector, .vl-palette').count()).toBe(0);
    await first.getByLabel('Uw naam').fill('Femke de Vries');
    await first.getByLabel('Waar gaat uw reactie of voorstel over?').selectOption(other.id);
    await first.getByLabel('Reactie', { exact: true }).fill('Wie betaalt dit na 2027?');
    await first.getByRole('button', { name: 'Reactie versturen' }).click();
    await first.getByRole('status').filter({ hasText: 'Verstuurd.' }).waitFor();
    await first.getByLabel('Nieuwe titel').fill('Voorlichting op alle scholen, ook het mbo');
    await first.getByLabel('Toelichting (waarom)').fill('Het mbo doet sinds dit jaar mee.');
    await first.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect.poll(() => first.locator('.vl-review__suggestion').count()).toBe(1);

    // The police, limited to its own intervention, is not offered the others; it proposes an indicator for its own.
    const second = await partnerPage(policeLink!);
    const options = await second
      .getByLabel('Waar gaat uw reactie of voorstel over?')
      .locator('option')
      .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['', card.id]);
    await second.getByLabel('Waar gaat uw reactie of voorstel over?').selectOption(card.id);
    await second.getByLabel('Soort voorstel').selectOption('indicator');
    await second.getByLabel('Titel', { exact: true }).fill('Aantal aangiften na voorlichting');
    await second.getByRole('button', { name: 'Voorstel versturen' }).click();
    await second.getByRole('button', { name: 'Geen opmerkingen' }).click();
    await expect.poll(() => second.locator('.vl-review__suggestion, .vl-review__thread').count()).toBe(2);

    // The owner sees who responded, the comment marked on its card, and both suggestions.
    await expect.poll(() => rounds.locator('[data-responded="true"]').count()).toBe(2);
    await expect.poll(() => owner.locator(`.react-flow__node[data-id="${other.id}"] .vl-badge--comments`).count()).toBe(1);
    const panel = owner.locator('.vl-review');
    await expect.poll(() => panel.locator('.vl-review__suggestion').count()).toBe(2);
    // Filtered by partner: only the police's.
    await panel.getByLabel('Partner', { exact: true }).selectOption(police!.id);
    await expect.poll(() => panel.locator('.vl-review__suggestion').count()).toBe(1);
    await panel.getByLabel('Partner', { exact: true }).selectOption('all');
    // The GGD's suggestion shown on the diagram, as the compare view marks a change.
    const ggdSuggestion = panel.locator('.vl-review__suggestion').filter({ hasText: 'ook het mbo' });
    await ggdSuggestion.getByRole('button', { name: 'Toon op de plaat' }).click();
    await expect.poll(() => owner.locator(`.react-flow__node[data-id="${other.id}"] [data-compare="changed"]`).count()).toBe(1);
    await owner.screenshot({ path: join(SCREENSHOTS, 'review-owner.png') });
    await ggdSuggestion.getByRole('button', { name: 'Overnemen', exact: true }).click();
    await expect
      .poll(async () => (await ownerPlan(owner)).nodes.find((node) => node.id === other.id)!.title)
      .toBe('Voorlichting op alle scholen, ook het mbo');
    // The police's declined, with a reason.
    const policeSuggestion = panel.locator('.vl-review__suggestion').filter({ hasText: 'Aantal aangiften' });
    await policeSuggestion.getByRole('button', { name: 'Niet overnemen', exact: true }).first().click();
    await policeSuggestion.getByLabel('Reden (komt in de reactienota)').fill('Deze cijfers zijn per gemeente niet beschikbaar.');
    await policeSuggestion.locator('form').getByRole('button', { name: 'Niet overnemen' }).click();
    // The owner answers the GGD's comment.
    await panel.getByLabel('Status', { exact: true }).selectOption('all');
    const thread = panel.locator('.vl-review__thread').filter({ hasText: 'Wie betaalt' });
    await thread.getByLabel('Antwoord', { exact: true }).fill('De gemeente, zie de begroting.');
    await thread.getByRole('button', { name: 'Antwoorden' }).click();

    // The partners see the decisions and the answer on their own page.
    await expect.poll(() => first.locator('.vl-review__suggestion').textContent()).toContain('Overgenomen');
    await expect.poll(() => first.locator('.vl-review__thread').textContent()).toContain('De gemeente, zie de begroting.');
    await expect
      .poll(() => second.locator('.vl-review__suggestion').textContent())
      .toContain('Deze cijfers zijn per gemeente niet beschikbaar.');
    await first.screenshot({ path: join(SCREENSHOTS, 'review-partner.png'), fullPage: true });

    // The reactienota, from the editor's export menu: both suggestions with their decisions, grouped by partner.
    await owner.getByText('Exporteren', { exact: true }).click();
    const [download] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('menuitem', { name: 'Reactienota (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/reactienota\.docx$/);
    const bytes = Buffer.concat(await Array.fromAsync((await download.createReadStream()) as AsyncIterable<Buffer>));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const words of [
      ggd!.name,
      police!.name,
      'Overgenomen in het plan',
      'Niet overgenomen',
      'Deze cijfers zijn per gemeente niet beschikbaar.',
      'De gemeente, zie de begroting.',
    ])
      expect(xml, words).toContain(words.replace(/&/g, '&amp;'));

    // Adopting: status, body and date, and a version kept; the round closes and the links answer that it is.
    await rounds.getByRole('button', { name: 'Plan vaststellen' }).click();
    await rounds.getByLabel('Vastgesteld op').fill('2026-06-25');
    await rounds.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    await expect
      .poll(() => rounds.locator('.vl-rounds__status').textContent())
      .toContain('vastgesteld op 25 juni 2026 door de gemeenteraad');
    const adopted = await ownerPlan(owner);
    expect(adopted.versions.at(-1)!.name).toBe('Vastgesteld 2026-06-25');
    await expect.poll(() => first.getByRole('alert').filter({ hasText: 'gesloten' }).count()).toBe(1);
    await ownerContext.close();
  });
});

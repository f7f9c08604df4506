import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeDocument, type Document, type Operation } from '@veranderlogica/core';
import { strategyPlan as plan } from '@veranderlogica/core/testing';
import { roomServerForSuite, SCREENSHOTS, switchLanguage } from './browser.js';

const suite = roomServerForSuite('vl-room-e2e-');

type Window = {
  __veranderlogica?: { getState(): { document: Document }; apply(op: Operation | Operation[]): unknown; undo(): void };
  __veranderlogicaRoom?: { json(): string; getSnapshot(): { status: string } };
};

/** The plan as a page has it: the editor's store for the facilitator's and the screen's, the room's copy for a participant. */
const planOf = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Window;
    return w.__veranderlogica ? JSON.stringify(w.__veranderlogica.getState().document) : w.__veranderlogicaRoom!.json();
  });
const canonical = async (page: Page) => serializeDocument(JSON.parse(await planOf(page)) as Document);
// The operation crosses into the page as plain JSON (typed loosely: a version's changes are any JSON).
const apply = (page: Page, op: Operation | Operation[]) =>
  page.evaluate((o) => (window as unknown as Window).__veranderlogica!.apply(o as Operation | Operation[]), op as unknown);

/** A WebSocket path that a test can cut and restore, as when a laptop's wifi drops. */
async function cuttable(context: BrowserContext) {
  const state = { cut: false, open: [] as WebSocketRoute[] };
  await context.routeWebSocket(/\/$/, (ws) => {
    if (state.cut) {
      void ws.close({ code: 4000 });
      return;
    }
    state.open.push(ws);
    ws.connectToServer();
  });
  return {
    cut: async () => {
      state.cut = true;
      for (const ws of state.open.splice(0)) await ws.close({ code: 4000 }).catch(() => undefined);
    },
    restore: () => {
      state.cut = false;
    },
  };
}

async function participant(name: string, code: string, viewport = { width: 1280, height: 800 }) {
  const context = await suite.browser.newContext({ viewport });
  const wifi = await cuttable(context);
  const page = await context.newPage();
  await page.goto(`${suite.server.url}/?join=${code}`);
  await page.getByLabel(/naam of tafel/).fill(name);
  await page.getByRole('button', { name: 'Meedoen', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
  return { context, page, wifi };
}

/** A room opened from the strategy plan over the API, as the editor opens one. */
async function openByApi() {
  const response = await fetch(`${suite.server.url}/api/rooms`, { method: 'POST', body: serializeDocument(plan()) });
  return (await response.json()) as { room: string; code: string; token: string };
}

/** A room opened over the API, with its facilitator's editor connected to it. */
async function roomWithFacilitator() {
  const opened = await openByApi();
  const facilitatorContext = await suite.browser.newContext({ viewport: { width: 1600, height: 900 } });
  const facilitator = await facilitatorContext.newPage();
  await facilitator.goto(`${suite.server.url}/?room=${opened.room}#token=${opened.token}`);
  await facilitator.waitForSelector('.react-flow__node');
  await facilitator.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
  return { opened, facilitatorContext, facilitator };
}

describe('a live workshop room', () => {
  it('a facilitator, three participants (one on a phone) and a screen build and vote together; a dropped laptop catches up; undo is per person', async () => {
    // The facilitator opens a room from the plan on their laptop.
    const facilitatorContext = await suite.browser.newContext({ viewport: { width: 1600, height: 900 } });
    const wifi = await cuttable(facilitatorContext);
    const facilitator = await facilitatorContext.newPage();
    await facilitator.goto(suite.server.url);
    await facilitator.waitForSelector('.react-flow__node');
    await facilitator.getByRole('button', { name: 'Werksessie-ruimte openen' }).click();
    const codeCell = facilitator.getByTestId('room-code');
    await expect.poll(async () => (await codeCell.textContent()) ?? '').toMatch(/^[A-Z2-9]{6}$/);
    const code = (await codeCell.textContent())!;
    await facilitator.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();

    // Three participants join with the code, one on a 360×640 phone; a co-facilitator and the projector screen come in by link.
    const phone = await participant('Tafel 1', code, { width: 360, height: 640 });
    const laptop = await participant('Samira (GGD)', code);
    const third = await participant('Politie', code);
    const screenUrl = await facilitator.getByRole('link', { name: /Scherm voor de beamer/ }).getAttribute('href');
    // The projector: a 16:9 beamer at 1280×720.
    const screenContext = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const screen = await screenContext.newPage();
    await screen.goto(`${suite.server.url}${screenUrl}`);
    await screen.waitForSelector('.vl-presenter');
    // No editor on it: no toolbar, no palette, no panels; the code readable from the back row, with its QR code.
    expect(await screen.locator('[role="toolbar"], .editor-toolbar, .vl-inspector, .vl-palette').count()).toBe(0);
    await expect.poll(() => screen.getByTestId('room-code').textContent()).toBe(code);
    const px = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(await px(screen.getByTestId('room-code'))).toBeGreaterThanOrEqual(64);
    expect((await screen.getByTestId('room-code').boundingBox())!.height).toBeGreaterThanOrEqual(64);
    await screen.locator('.vl-presenter__qr').waitFor();
    // In a step that collects nothing from the room, the plan fills the screen below the bar.
    await apply(facilitator, { type: 'updateWorkshop', changes: { step: 'problem' } });
    await screen.waitForSelector('.vl-presenter__plan .react-flow__node');
    const plan = (await screen.locator('.vl-presenter__plan').boundingBox())!;
    expect(plan.width).toBeGreaterThan(1200);
    expect(plan.height).toBeGreaterThan(450);
    await screen.screenshot({ path: `${SCREENSHOTS}room-screen-plan.png` });
    const coContext = await suite.browser.newContext({ viewport: { width: 1600, height: 900 } });
    const co = await coContext.newPage();
    await co.goto(facilitator.url());
    await co.waitForSelector('.react-flow__node');
    await expect.poll(() => facilitator.locator('.vl-room__people li').count()).toBe(5);

    // The facilitator moves the room to the interventions step: participants' cards become interventions.
    await apply(facilitator, { type: 'updateWorkshop', changes: { step: 'interventions' } });
    await phone.page.getByText('Stap: Interventies').waitFor();
    // Participants propose cards; they arrive in the facilitator's inbox with their names.
    for (const [who, title] of [
      [phone, 'Gastles over grenzen op het mbo'],
      [laptop, 'Spreekuur in de bibliotheek'],
      [third, 'Toezicht bij het station'],
    ] as const) {
      await who.page.getByLabel(/Nieuwe kaart/).fill(title);
      await who.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
      await who.page.getByText('Je kaart staat klaar bij de facilitator.').waitFor();
    }
    await expect.poll(() => facilitator.locator('.vl-room__card').count()).toBe(3);
    await expect(facilitator.locator('.vl-room__card', { hasText: 'Spreekuur' }).textContent()).resolves.toContain('Samira (GGD)');
    // The screen shows the incoming cards as a wall, readable at 1280×720.
    await expect.poll(() => screen.locator('.vl-presenter__card').count()).toBe(3);
    expect(await px(screen.locator('.vl-presenter__card').first())).toBeGreaterThanOrEqual(18);
    await screen.screenshot({ path: `${SCREENSHOTS}room-screen-wall.png` });
    await phone.page.screenshot({ path: `${SCREENSHOTS}room-phone.png` });

    // One shared timer: started by the facilitator, counting down on every phone.
    await facilitator.getByRole('button', { name: '5 min', exact: true }).click();
    await expect.poll(async () => (await phone.page.getByRole('timer').textContent()) ?? '').toMatch(/^0[45]:\d\d$/);
    await expect.poll(async () => (await screen.getByRole('timer').textContent()) ?? '').toMatch(/^0[45]:\d\d$/);
    expect(await px(screen.getByRole('timer'))).toBeGreaterThanOrEqual(48);
    await facilitator.getByRole('button', { name: 'Timer stoppen' }).click();
    await expect.poll(() => phone.page.getByRole('timer').count()).toBe(0);

    // A card said twice is merged into the one already in the plan: it lands in that card's description.
    await laptop.page.getByLabel(/Nieuwe kaart/).fill('Weerbaarheid nogmaals');
    await laptop.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await expect.poll(() => facilitator.locator('.vl-room__card').count()).toBe(4);
    const target = (JSON.parse(await planOf(facilitator)) as Document).nodes.find((node) => node.kind === 'intervention')!;
    await facilitator.getByRole('button', { name: /„Weerbaarheid nogmaals” samenvoegen/ }).click();
    await facilitator.getByRole('combobox', { name: /„Weerbaarheid nogmaals” samenvoegen/ }).selectOption(target.id);
    await expect
      .poll(async () => (JSON.parse(await planOf(screen)) as Document).nodes.find((node) => node.id === target.id)?.description)
      .toContain('Ook genoemd: Weerbaarheid nogmaals (Samira (GGD))');

    // The facilitator accepts two cards and parks one.
    await facilitator.getByRole('button', { name: /„Gastles over grenzen op het mbo” opnemen/ }).click();
    await facilitator.getByRole('button', { name: /„Spreekuur in de bibliotheek” opnemen/ }).click();
    await facilitator.getByRole('button', { name: /„Toezicht bij het station” op de parkeerplaats/ }).click();
    await expect.poll(() => facilitator.locator('.vl-room__card').count()).toBe(0);
    await phone.page.locator('.vl-participant__mine li', { hasText: 'Gastles over grenzen op het mbo' }).getByText('(opgenomen)').waitFor();
    // On the phone the accepted card is marked as theirs in the diagram; after a reload the diagram opens on it,
    // readable at 360 pixels wide, and the two framings switch between the whole plan and their own cards.
    const mineCard = phone.page.locator('.vl-participant__diagram .vl-card--mine');
    await mineCard.locator('.vl-card__mine', { hasText: 'van jou' }).waitFor();
    await phone.page.reload();
    await mineCard.waitFor();
    const cardWidth = async () => (await mineCard.boundingBox())?.width ?? 0;
    const inView = async () => {
      const [card, view] = await Promise.all([mineCard.boundingBox(), phone.page.locator('.vl-viewer').boundingBox()]);
      return !!card && !!view && card.x >= view.x && card.x + card.width <= view.x + view.width && card.y >= view.y;
    };
    await expect.poll(cardWidth).toBeGreaterThan(150);
    await expect.poll(inView).toBe(true);
    await phone.page.getByRole('button', { name: 'Hele plan' }).click();
    await expect.poll(cardWidth).toBeLessThan(120);
    await phone.page.getByRole('button', { name: 'Mijn kaarten' }).click();
    await expect.poll(cardWidth).toBeGreaterThan(150);
    await expect.poll(inView).toBe(true);

    // Voting: open; each participant places dots within the budget of three; the results stay hidden until revealed.
    await facilitator.getByRole('button', { name: 'Stemmen openen' }).click();
    for (const who of [phone, laptop, third]) {
      await who.page.getByText('Je hebt nog 3 van 3 stippen.').waitFor();
      await who.page.getByRole('button', { name: 'Stip op „Gastles over grenzen op het mbo”' }).click();
      await who.page.getByText('Je hebt nog 2 van 3 stippen.').waitFor();
    }
    await laptop.page.getByRole('button', { name: 'Stip op „Spreekuur in de bibliotheek”' }).click();
    await laptop.page.getByRole('button', { name: 'Stip op „Spreekuur in de bibliotheek”' }).click();
    await laptop.page.getByText('Je hebt nog 0 van 3 stippen.').waitFor();
    await expect(laptop.page.getByRole('button', { name: 'Stip op „Spreekuur in de bibliotheek”' }).isDisabled()).resolves.toBe(true);
    await expect(phone.page.locator('.vl-participant__count').count()).resolves.toBe(0);
    await expect(phone.page.locator('.vl-participant__diagram .vl-badge--votes').count()).resolves.toBe(0);
    // The projector shows how to join and how many have voted (a secret ballot: no counts per card until the reveal).
    await expect.poll(() => screen.getByTestId('room-code').textContent()).toBe(code);
    await expect.poll(() => screen.getByTestId('presenter-voted').textContent()).toBe('3 van 3 hebben gestemd');
    await expect.poll(() => facilitator.getByTestId('room-voted').textContent()).toBe('3 van 3 hebben gestemd');
    await expect(screen.locator('.vl-badge--votes, .vl-presenter__bar-count').count()).resolves.toBe(0);
    await screen.screenshot({ path: `${SCREENSHOTS}room-screen-voting.png` });
    // Closing the round does not show its outcome: the counts wait for the facilitator.
    await facilitator.getByRole('button', { name: 'Stemmen dicht' }).click();
    await facilitator.getByText('Stemmen is dicht; de uitslag blijft verborgen tot je hem toont.').waitFor();
    await expect.poll(() => phone.page.getByText(/Je hebt nog \d van 3 stippen/).count()).toBe(0);
    await expect(screen.locator('.vl-badge--votes').count()).resolves.toBe(0);
    await expect(facilitator.locator('.vl-badge--votes').count()).resolves.toBe(0);
    await expect(phone.page.locator('.vl-participant__diagram .vl-badge--votes').count()).resolves.toBe(0);
    await facilitator.getByRole('button', { name: 'Uitslag tonen' }).click();
    // After the reveal the screen shows the results as a chart, the most dots first.
    const bar = screen.locator('.vl-presenter__chart li', { hasText: 'Gastles over grenzen op het mbo' });
    await expect.poll(() => bar.locator('.vl-presenter__bar-count').textContent()).toBe('3');
    const counts = (await screen.locator('.vl-presenter__bar-count').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await screen.screenshot({ path: `${SCREENSHOTS}room-screen-results.png` });
    await phone.page.locator('[data-card] .vl-participant__count').first().waitFor();
    // Once shown, the counts are on the phone's diagram too (framed on the participant's card, readable).
    await expect.poll(() => phone.page.locator('.vl-participant__diagram .vl-badge--votes').count()).toBeGreaterThan(0);
    const votesOf = async (page: Page, title: string) => {
      const doc = JSON.parse(await planOf(page)) as Document;
      const id = doc.nodes.find((node) => node.title === title)?.id ?? '';
      return doc.workshop?.votes[id] ?? 0;
    };
    await expect.poll(() => votesOf(facilitator, 'Gastles over grenzen op het mbo')).toBe(3);
    await expect.poll(() => votesOf(screen, 'Spreekuur in de bibliotheek')).toBe(2);
    await phone.page.screenshot({ path: `${SCREENSHOTS}room-phone-votes.png`, fullPage: true });

    // The co-facilitator's selection shows on the facilitator's canvas, with who it is.
    const firstIntervention = (JSON.parse(await planOf(facilitator)) as Document).nodes.find((node) => node.kind === 'intervention')!.id;
    await co.evaluate(
      (id) => (window as unknown as { __veranderlogica: { select(ids: string[]): void } }).__veranderlogica.select([id]),
      firstIntervention,
    );
    await facilitator.locator(`.vl-card[data-id="${firstIntervention}"] .vl-card__other`).waitFor();

    // The facilitator's laptop and a participant's phone lose the connection; everyone goes on; nothing is lost when they come back.
    await wifi.cut();
    await phone.wifi.cut();
    await phone.page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    await facilitator.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    const titles = (JSON.parse(await planOf(facilitator)) as Document).nodes.filter((node) => node.kind === 'intervention');
    await apply(facilitator, { type: 'updateNode', id: titles[0]!.id, changes: { title: 'Offline hernoemd' } });
    await apply(co, { type: 'updateNode', id: titles[1]!.id, changes: { title: 'Door de co-facilitator' } });
    await third.page.getByLabel(/Nieuwe kaart/).fill('Nog een idee');
    await third.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await third.page.getByText('Je kaart staat klaar bij de facilitator.').waitFor();
    // A reload while offline loses nothing: the laptop's copy is in IndexedDB.
    await facilitator.reload();
    await facilitator.waitForSelector('.react-flow__node');
    await expect
      .poll(async () => (JSON.parse(await planOf(facilitator)) as Document).nodes.some((n) => n.title === 'Offline hernoemd'))
      .toBe(true);
    wifi.restore();
    phone.wifi.restore();
    await facilitator.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor({ timeout: 30_000 });
    await phone.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor({ timeout: 30_000 });
    // Every context converges to the same plan.
    const pages = [facilitator, co, screen, phone.page, laptop.page, third.page];
    await expect.poll(async () => new Set(await Promise.all(pages.map(canonical))).size, { timeout: 30_000 }).toBe(1);
    const merged = JSON.parse(await planOf(screen)) as Document;
    expect(merged.nodes.some((node) => node.title === 'Offline hernoemd')).toBe(true);
    expect(merged.nodes.some((node) => node.title === 'Door de co-facilitator')).toBe(true);
    await expect.poll(() => facilitator.locator('.vl-room__card', { hasText: 'Nog een idee' }).count()).toBe(1);

    // Each person's undo undoes only their own work.
    await co.evaluate(() => (window as unknown as Window).__veranderlogica!.undo());
    await expect
      .poll(async () => (JSON.parse(await planOf(facilitator)) as Document).nodes.find((node) => node.id === titles[1]!.id)?.title)
      .toBe(titles[1]!.title);
    expect((JSON.parse(await planOf(facilitator)) as Document).nodes.find((node) => node.id === titles[0]!.id)?.title).toBe(
      'Offline hernoemd',
    );
    await expect.poll(async () => new Set(await Promise.all(pages.map(canonical))).size).toBe(1);

    // Pointers and drags travel as presence: the others see a card move while it is dragged; the plan changes once, on the drop.
    const node = (page: Page) => page.locator(`.react-flow__node[data-id="${firstIntervention}"]`);
    const placeIn = async (page: Page) => (JSON.parse(await planOf(page)) as Document).layout?.positions[firstIntervention];
    const stored = await placeIn(facilitator);
    const box = (await node(co).boundingBox())!;
    await co.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await facilitator.locator('.editor-cursor').first().waitFor();
    const seen = (await node(facilitator).boundingBox())!;
    await co.mouse.down();
    await co.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2 + 60, { steps: 10 });
    await expect.poll(async () => Math.round((await node(facilitator).boundingBox())!.x - seen.x)).toBeGreaterThan(20);
    expect(await placeIn(facilitator)).toEqual(stored);
    await co.mouse.up();
    await expect.poll(async () => JSON.stringify(await placeIn(facilitator))).not.toBe(JSON.stringify(stored));

    await facilitator.screenshot({ path: `${SCREENSHOTS}room-facilitator.png` });
    for (const context of [facilitatorContext, screenContext, coContext, phone.context, laptop.context, third.context])
      await context.close();
  });

  it('a change too large for one message is taken back with a reason, and the room goes on', async () => {
    // A plan whose cards carry long descriptions: a version of it is past the 1 MiB a room's message may have.
    const wordy = plan();
    const long = 'Toelichting bij de aanpak, met bronnen en afspraken. '.repeat(370).slice(0, 19_000);
    const big = { ...wordy, nodes: wordy.nodes.map((node) => ({ ...node, description: long })) };
    const opened = (await (await fetch(`${suite.server.url}/api/rooms`, { method: 'POST', body: serializeDocument(big) })).json()) as {
      room: string;
      token: string;
    };
    const context = await suite.browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/?room=${opened.room}#token=${opened.token}`);
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
    await page.waitForSelector('.react-flow__node');
    const versions = async () => (JSON.parse(await planOf(page)) as Document).versions.length;
    await page.locator('summary', { hasText: 'Versies' }).click();
    await page.getByRole('menuitem', { name: 'Versie bewaren…' }).click();
    await page.getByRole('dialog', { name: 'Versie bewaren' }).getByLabel('Naam van de versie').press('Enter');
    await page.getByText(/Deze wijziging is te groot om naar de werksessie-ruimte te sturen \(ongeveer 1,\d MB/).waitFor();
    await expect.poll(versions).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}room-too-large.png` });
    // Nothing was sent that the server refuses: the connection stays, and the next change reaches the room.
    const first = big.nodes[0]!.id;
    await apply(page, { type: 'updateNode', id: first, changes: { title: 'Na de versie' } });
    const stored = async () =>
      (
        (await (
          await fetch(`${suite.server.url}/api/rooms/${opened.room}/document`, { headers: { authorization: `Bearer ${opened.token}` } })
        ).json()) as Document
      ).nodes.find((node) => node.id === first)?.title;
    await expect.poll(stored).toBe('Na de versie');
    await expect(page.getByRole('status').filter({ hasText: 'Verbonden' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('a participant whose room the facilitator closes is told so, in their language', async () => {
    const opened = await openByApi();
    const { context, page } = await participant('Tafel 9', opened.code, { width: 360, height: 640 });
    await switchLanguage(page, 'en');
    await fetch(`${suite.server.url}/api/rooms/${opened.room}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${opened.token}` },
    });
    await page
      .getByRole('alert')
      .getByText(/has been closed or your access has expired/)
      .waitFor();
    await context.close();
  });

  it('a phone that loses the network keeps its cards and its dot, shows them waiting (after a reload too), and sends each once', async () => {
    const { opened, facilitatorContext, facilitator } = await roomWithFacilitator();
    await apply(facilitator, { type: 'updateWorkshop', changes: { step: 'interventions' } });
    await facilitator.getByRole('button', { name: 'Stemmen openen' }).click();

    const phone = await participant('Tafel 5', opened.code, { width: 360, height: 640 });
    // The app shell is kept by a service worker once the page has loaded, with the files this page loaded: the
    // participant's page, not the editor and not the layout engine, slides or workbooks.
    await expect.poll(() => phone.page.evaluate(() => document.documentElement.dataset.offline), { timeout: 30_000 }).toBe('ready');
    const kept = await phone.page.evaluate(async () => {
      const files: { path: string; bytes: number }[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          files.push({ path: new URL(request.url).pathname, bytes: (await (await cache.match(request))!.arrayBuffer()).byteLength });
        }
      }
      return files;
    });
    const keptPaths = kept.map((file) => file.path);
    expect(keptPaths.some((path) => /ParticipantApp-.*\.js$/.test(path))).toBe(true);
    expect(keptPaths.filter((path) => /editor-start|elk|pptxgen|jszip|papaparse/.test(path))).toEqual([]);
    // About 1.1 MB (390 kB as sent, compressed); it was 2.5 MB when the service worker kept every script the build has.
    expect(kept.reduce((sum, file) => sum + file.bytes, 0)).toBeLessThan(1_400 * 1024);
    await phone.page.getByText('Je hebt nog 3 van 3 stippen.').waitFor();
    // Before the phone has cards of its own, its diagram opens on the step's layer at a readable size.
    const stepButton = phone.page.locator('.vl-participant__diagram').getByRole('button', { name: 'Deze stap' });
    await expect.poll(() => stepButton.getAttribute('aria-pressed')).toBe('true');
    const firstCard = phone.page.locator('.vl-participant__diagram .vl-card--intervention').first();
    await expect.poll(async () => (await firstCard.boundingBox())?.width ?? 0).toBeGreaterThan(110);

    // The network goes: the WebSocket and every request.
    await phone.wifi.cut();
    await phone.context.setOffline(true);
    await phone.page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    for (const title of ['Buurtgesprekken na een melding', 'Training voor sportverenigingen']) {
      await phone.page.getByLabel(/Nieuwe kaart/).fill(title);
      await phone.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
      await phone.page.getByText('Bewaard op dit apparaat').waitFor();
    }
    const candidate = (JSON.parse(await planOf(facilitator)) as Document).nodes.find((node) => node.kind === 'intervention')!;
    await phone.page.getByRole('button', { name: `Stip op „${candidate.title}”` }).click();
    await expect.poll(() => phone.page.getByTestId('queued').textContent()).toBe('Wacht op verbinding (3)');
    await phone.page.getByText('Je hebt nog 2 van 3 stippen.').waitFor();

    // A reload while the server cannot be reached opens the participant's page, with its queue.
    await phone.page.reload();
    await expect.poll(() => phone.page.getByTestId('queued').textContent()).toBe('Wacht op verbinding (3)');
    await phone.page
      .locator('.vl-participant__mine li', { hasText: 'Training voor sportverenigingen' })
      .getByText('wacht op verbinding')
      .waitFor();
    await phone.page.screenshot({ path: `${SCREENSHOTS}room-phone-offline.png`, fullPage: true });
    expect(await facilitator.locator('.vl-room__card').count()).toBe(0);

    // The network is back: each card and the dot arrive, once.
    await phone.context.setOffline(false);
    phone.wifi.restore();
    await phone.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => phone.page.getByTestId('queued').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => facilitator.locator('.vl-room__card').count()).toBe(2);
    for (const title of ['Buurtgesprekken na een melding', 'Training voor sportverenigingen'])
      expect(await facilitator.locator('.vl-room__card', { hasText: title }).count()).toBe(1);
    await expect.poll(() => facilitator.getByTestId('room-voted').textContent()).toBe('1 van 1 hebben gestemd');
    await phone.page.getByText('Je hebt nog 2 van 3 stippen.').waitFor();
    // Another reload sends nothing again.
    await phone.page.reload();
    await phone.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
    await phone.page.getByText('Je hebt nog 2 van 3 stippen.').waitFor();
    expect(await facilitator.locator('.vl-room__card').count()).toBe(2);
    await facilitatorContext.close();
    await phone.context.close();
  });

  it('participants see each other’s waiting cards and +1 them when the facilitator shares the ideas; each person counts once', async () => {
    const { opened, facilitatorContext, facilitator } = await roomWithFacilitator();
    await apply(facilitator, { type: 'updateWorkshop', changes: { step: 'interventions' } });
    const anna = await participant('Anna', opened.code, { width: 360, height: 640 });
    const bram = await participant('Bram', opened.code, { width: 360, height: 640 });
    await anna.page.getByLabel(/Nieuwe kaart/).fill('Peer-educatie op het mbo');
    await anna.page.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await expect.poll(() => facilitator.locator('.vl-room__card').count()).toBe(1);
    // Not shared yet: Bram does not see it.
    expect(await bram.page.locator('.vl-participant__ideas').count()).toBe(0);
    await facilitator.getByLabel(/Ideeën delen/).check();
    const plusOne = bram.page.getByRole('button', { name: '+1 voor „Peer-educatie op het mbo”' });
    await plusOne.click();
    await expect.poll(() => plusOne.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => facilitator.locator('.vl-room__card-support').textContent()).toBe('+1');
    // Anna sees the ideas of others only, not her own card to +1.
    expect(await anna.page.getByRole('button', { name: /\+1 voor/ }).count()).toBe(0);
    // Bram in a second tab cannot add a second +1: the server counts him once.
    const tab = await bram.context.newPage();
    await tab.goto(bram.page.url());
    await tab.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
    await tab.evaluate(() => localStorage.clear());
    await tab.reload();
    await tab.getByRole('button', { name: '+1 voor „Peer-educatie op het mbo”' }).click();
    await tab.getByRole('alert').getByText('Deze kaart heb je al gesteund.').waitFor();
    expect(await facilitator.locator('.vl-room__card-support').textContent()).toBe('+1');
    for (const context of [facilitatorContext, anna.context, bram.context]) await context.close();
  });

  it('a wrong code is refused with a message that says what to do', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/?join=ZZZZZZ`);
    await page.getByRole('button', { name: 'Meedoen', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/Deze code kennen we niet/)
      .waitFor();
    await context.close();
  });
});

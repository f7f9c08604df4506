import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeDocument, type Document } from '@veranderlogica/core';
import { regionCorpus } from '@veranderlogica/core/testing';
import { roomServerForSuite, SCREENSHOTS } from './browser.js';

const suite = roomServerForSuite('vl-region-rooms-');

/** A plan in a room of its own: the room and its facilitator's token. */
async function openRoom(plan: Document): Promise<{ room: string; token: string }> {
  const response = await fetch(`${suite.server.url}/api/rooms`, { method: 'POST', body: serializeDocument(plan) });
  return (await response.json()) as { room: string; token: string };
}

/** A plan link as the room's facilitator makes one, without the suite.browser. */
async function planLinkOf(opened: { room: string; token: string }): Promise<string> {
  const response = await fetch(`${suite.server.url}/api/rooms/${opened.room}/read-link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opened.token}` },
  });
  const { token } = (await response.json()) as { token: string };
  return `${suite.server.url}/?room=${opened.room}#token=${token}`;
}

const contributors = (page: Page, card: string) => page.locator(`.vl-region tr[data-card="${card}"] [data-municipality]`);

describe('a region from its rooms', () => {
  it('a municipality’s facilitator makes a plan link; the coordinator opens it, adds the others, reads again after a change, and finds the region again after a reload', async () => {
    const { regional, municipalities } = regionCorpus();
    const rooms = new Map<string, { room: string; token: string }>();
    for (const plan of [regional, ...municipalities]) rooms.set(plan.id, await openRoom(plan));

    // Maassluis's facilitator, in the room, makes the plan link for the region.
    const facilitatorContext = await suite.browser.newContext({ viewport: { width: 1600, height: 900 } });
    const facilitator = await facilitatorContext.newPage();
    const maassluis = rooms.get('gemeente-maassluis')!;
    await facilitator.goto(`${suite.server.url}/?room=${maassluis.room}#token=${maassluis.token}`);
    await facilitator.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
    await facilitator.getByRole('button', { name: 'Planlink voor de regio' }).click();
    const made = facilitator.getByTestId('plan-link');
    await expect.poll(() => made.inputValue()).toMatch(new RegExp(`^${suite.server.url}/\\?room=${maassluis.room}#token=.+`));
    const maassluisLink = await made.inputValue();

    // The coordinator opens the regional plan's link: the editor opens on the Regio view, the token leaves the address.
    const coordinatorContext = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const coordinator = await coordinatorContext.newPage();
    const errors: string[] = [];
    coordinator.on('pageerror', (error) => errors.push(error.message));
    await coordinator.goto(await planLinkOf(rooms.get(regional.id)!));
    const view = coordinator.locator('.vl-region');
    await expect.poll(() => view.locator('h2').textContent()).toContain('Regionale aanpak seksueel geweld Rijnmond');
    expect(coordinator.url()).not.toContain('token');
    expect(coordinator.url()).not.toContain('room=');

    // A link that is not one is said; then the six municipalities, Maassluis by the link its facilitator made.
    const field = coordinator.getByLabel('Plan uit een ruimte (planlink)');
    await field.fill('kamer.example.nl/regio');
    await coordinator.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect.poll(() => view.getByRole('alert').textContent()).toContain('geen planlink');
    for (const plan of municipalities) {
      await field.fill(plan.id === 'gemeente-maassluis' ? maassluisLink : await planLinkOf(rooms.get(plan.id)!));
      await coordinator.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    }
    await expect.poll(() => view.locator('p').first().textContent()).toBe('6 gemeenten bouwen voort op dit regionale plan.');
    expect(await view.getByRole('status').textContent()).toContain('7 plannen uit ruimtes');
    expect(await contributors(coordinator, 'doel-voorkomen-stoppen').count()).toBe(6);
    expect(await view.locator('tr[data-code="SG-01"] [data-value]').getAttribute('data-value')).toBe('166');
    expect(await contributors(coordinator, 'uitk-prevention').filter({ hasText: 'Maassluis' }).count()).toBe(1);
    await coordinator.screenshot({ path: join(SCREENSHOTS, 'region-rooms.png') });
    await facilitator.locator('.vl-room').screenshot({ path: join(SCREENSHOTS, 'room-plan-link.png') });

    // In Maassluis's room every link to the region's prevention outcome is taken away; the coordinator reads again.
    await facilitator.evaluate(() => {
      type Card = { id: string; contributesTo?: string[] };
      const store = (
        window as unknown as { __veranderlogica: { apply(operation: unknown): unknown; getState(): { document: { nodes: Card[] } } } }
      ).__veranderlogica;
      for (const card of store.getState().document.nodes.filter((node) => node.contributesTo?.includes('uitk-prevention')))
        store.apply({ type: 'updateNode', id: card.id, changes: { contributesTo: undefined } });
    });
    const readAgain = async () => {
      await coordinator.getByRole('button', { name: 'Opnieuw lezen' }).click();
      await view.getByRole('status').filter({ hasText: '7 plannen uit ruimtes' }).waitFor();
      return contributors(coordinator, 'uitk-prevention').filter({ hasText: 'Maassluis' }).count();
    };
    await expect.poll(readAgain, { timeout: 15_000 }).toBe(0);

    // Next time: the browser keeps the links, and the Regio view reads the rooms again when it opens.
    await coordinator.goto(suite.server.url);
    await coordinator.waitForSelector('.react-flow__node');
    await coordinator.getByRole('button', { name: 'Regio', exact: true }).click();
    await expect.poll(() => view.locator('p').first().textContent()).toBe('6 gemeenten bouwen voort op dit regionale plan.');
    // One plan forgotten leaves the region alone, also after a reload; forgotten all, the plans from rooms leave it.
    const maassluisPlan = municipalities.find((plan) => plan.id === 'gemeente-maassluis')!;
    await coordinator.getByRole('button', { name: `${maassluisPlan.title} vergeten` }).click();
    await expect.poll(() => view.locator('p').first().textContent()).toBe('5 gemeenten bouwen voort op dit regionale plan.');
    expect(await view.getByRole('status').textContent()).toContain('6 plannen uit ruimtes');
    await coordinator.reload();
    await coordinator.waitForSelector('.react-flow__node');
    await coordinator.getByRole('button', { name: 'Regio', exact: true }).click();
    await expect.poll(() => view.locator('p').first().textContent()).toBe('5 gemeenten bouwen voort op dit regionale plan.');
    expect(await view.getByRole('list', { name: 'Plannen uit ruimtes' }).textContent()).not.toContain(maassluisPlan.title);
    await coordinator.getByRole('button', { name: 'Alle vergeten' }).click();
    await expect.poll(() => view.locator('h2').textContent()).toBe('Regio');
    expect(errors).toEqual([]);
    await facilitatorContext.close();
    await coordinatorContext.close();
  });
});

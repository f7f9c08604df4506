import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { causalChains, serializeDocument } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { currentDocument, editorForSuite, openFile } from './browser.js';
import { expectPicture } from './picture.js';

const suite = editorForSuite(inject('baseURL'));

/** A plan shaped like a real one, with one goal, seven strategies and 77 cards: too many to read at once on a projector. */
const plan = { ...strategyPlan(1, { strategies: 7, interventions: 3 }), title: 'Aanpak seksueel geweld Zuid' };

/** The size card titles have on screen: 14 px in the picture, times the stage's zoom once it has settled. */
async function titleSize(stage: Locator): Promise<number> {
  return stage.locator('.vl-picture-view__stage').evaluate((element) => 14 * new DOMMatrix(getComputedStyle(element).transform).a);
}

/** Whether every given card lies wholly on the screen. */
async function onScreen(page: Page, stage: Locator, ids: readonly string[]): Promise<boolean> {
  const viewport = page.viewportSize()!;
  for (const id of ids) {
    const box = await stage.locator(`g[data-id="${id}"] rect`).boundingBox();
    if (!box || box.x < 0 || box.y < 52 || box.x + box.width > viewport.width + 1 || box.y + box.height > viewport.height + 1) return false;
  }
  return true;
}

describe('presenting a real plan on a 1600×900 projector', () => {
  it('shows a goal strategy by strategy and chain by chain, with card text at least 14 px', async () => {
    const { page, errors } = suite.editor;
    const path = join(mkdtempSync(join(tmpdir(), 'veranderlogica-present-')), 'zuid.json');
    writeFileSync(path, serializeDocument(plan));
    await openFile(page, path);
    await expect.poll(async () => (await currentDocument(page)).title).toBe(plan.title);

    await page.getByRole('button', { name: /Presenteren/ }).click();
    const stage = page.locator('.editor-present-stage');
    const bar = page.locator('.editor-present');
    await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
    expect(await stage.locator('g[data-id]').count()).toBe(plan.nodes.length);
    // One line on top: nothing of the editor, no handles or badges in the picture.
    expect(await bar.evaluate((element) => element.getBoundingClientRect().height)).toBeLessThanOrEqual(52);
    expect(await page.locator('.vl-toolbar').isVisible()).toBe(false);
    expect(await stage.locator('.react-flow__handle, .vl-badge').count()).toBe(0);
    // The whole plan fills the projector's screen: drawn in its shape, no wide bars beside (or above) it.
    const fill = await stage.evaluate((element) => {
      const room = element.getBoundingClientRect();
      const picture = element.querySelector('svg')!.getBoundingClientRect();
      return { across: picture.width / room.width, down: picture.height / room.height };
    });
    expect(fill.across, 'the picture across the screen').toBeGreaterThanOrEqual(0.8);
    expect(fill.down, 'the picture down the screen').toBeGreaterThanOrEqual(0.8);
    await expectPicture(page, '09-present-whole');

    const goal = plan.nodes.find((node) => node.kind === 'goal')!;
    await stage.locator(`g[data-id="${goal.id}"]`).click();
    // The goal's chains do not fit the screen at a readable size: strategy by strategy.
    await expect.poll(() => bar.textContent()).toContain(`Strategie 1 van ${plan.groups.length}`);
    await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
    await expect.poll(() => titleSize(stage)).toBeGreaterThanOrEqual(14);
    await expectPicture(page, '10-present-strategy');
    const first = await stage.locator('g[data-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')!));
    expect(first).toContain(goal.id);
    expect(first.length).toBeLessThan(plan.nodes.length / 3);

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => bar.textContent()).toContain(`Strategie 2 van ${plan.groups.length}`);
    await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
    const second = await stage.locator('g[data-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')!));
    expect(second.filter((id) => plan.nodes.find((node) => node.id === id)!.kind === 'intervention').some((id) => first.includes(id))).toBe(
      false,
    );

    // Stepping through the chains follows them: each chain in full on the screen, readable, the rest faded.
    const chains = causalChains(plan, { goal: goal.id }).chains.filter((chain) => second.includes(chain.intervention));
    await expect.poll(() => bar.textContent()).toContain(`Alle ${chains.length} ketens`);
    for (let i = 0; i < Math.min(2, chains.length); i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => bar.textContent()).toContain(`Keten ${i + 1} van ${chains.length}`);
      await expect.poll(() => onScreen(page, stage, chains[i]!.nodes)).toBe(true);
      expect(await titleSize(stage)).toBeGreaterThanOrEqual(14);
      const faded = await stage
        .locator('g[data-id][data-faded]')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')!));
      for (const id of chains[i]!.nodes) expect(faded).not.toContain(id);
    }
    await expectPicture(page, '11-present-chain');

    await page.keyboard.press('Home');
    await expect.poll(() => bar.textContent()).toContain('Klik op een doel');
    // The whole plan is laid out again: on a loaded machine that can take a while.
    await expect.poll(() => stage.locator('g[data-id]').count()).toBe(plan.nodes.length);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.vl-toolbar').isVisible()).toBe(true);
    expect(await stage.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

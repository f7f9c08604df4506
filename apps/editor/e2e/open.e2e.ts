import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { serializeDocument, type Document } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { currentDocument, editorForSuite, openFile, SCREENSHOTS, viewSettled } from './browser.js';

const suite = editorForSuite(inject('baseURL'));

/** Opens a plan through the Openen button, as a user picks a file. */
async function open(document: Document, name: string) {
  const { page } = suite.editor;
  const path = join(mkdtempSync(join(tmpdir(), 'veranderlogica-open-')), name);
  writeFileSync(path, serializeDocument(document));
  await openFile(page, path);
  await expect.poll(async () => (await currentDocument(page)).title).toBe(document.title);
}

const placedEverywhere = async () => {
  const doc = await currentDocument(suite.editor.page);
  return doc.nodes.every((node) => doc.layout?.positions[node.id]);
};

describe('opening a plan nobody laid out', () => {
  it('lays a plan without places out when it is opened, left to right as the file asks, each strategy named beside its interventions', async () => {
    const { page } = suite.editor;
    const plan: Document = {
      ...strategyPlan(4, { strategies: 5, interventions: 2 }),
      title: 'Aanpak Noord, van links naar rechts',
      layout: { direction: 'LR', positions: {} },
    };
    await open(plan, 'noord.json');
    await expect.poll(placedEverywhere).toBe(true);
    const doc = await currentDocument(page);
    expect(doc.layout!.direction).toBe('LR');
    // Left to right: every intervention lies left of every goal.
    const xs = (kind: string) => doc.nodes.filter((node) => node.kind === kind).map((node) => doc.layout!.positions[node.id]!.x);
    expect(Math.max(...xs('intervention'))).toBeLessThan(Math.min(...xs('goal')));
    // The strategies are named on the canvas, left of the cards, as in the exported picture.
    const named = plan.groups.filter((group) => plan.nodes.some((node) => node.kind === 'intervention' && node.group === group.id));
    await expect.poll(() => page.locator('.vl-group--column').count()).toBe(named.length);
    // Once the cards have glided to their places and the view has settled.
    await expect.poll(() => page.locator('.editor-canvas--transitioning').count()).toBe(0);
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    await viewSettled(page);
    const leftmostCard = await page
      .locator('.react-flow__node')
      .evaluateAll((nodes) => Math.min(...nodes.map((node) => node.getBoundingClientRect().left)));
    await expect
      .poll(() =>
        page.locator('.vl-group__label').evaluateAll((labels) => Math.max(...labels.map((label) => label.getBoundingClientRect().right))),
      )
      .toBeLessThan(leftmostCard);
    await page.screenshot({ path: `${SCREENSHOTS}open-left-to-right.png` });
    expect(suite.editor.errors).toEqual([]);
  });
});

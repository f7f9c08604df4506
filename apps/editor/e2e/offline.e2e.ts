import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { currentDocument, launch, openEditor, waitForAutosave } from './browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every file the page's service worker keeps, by path. */
const keptFiles = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });

describe('the editor without a network', () => {
  it('keeps the files it loaded and opens again offline, with the plan as it was left', async () => {
    const { page, context, errors } = await openEditor(browser, inject('baseURL'));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.offline), { timeout: 30_000 }).toBe('ready');
    const kept = await keptFiles(page);
    // The page itself and the editor's own scripts; the shell's list alone holds no script at all.
    expect(kept).toContain('/index.html');
    expect(kept.some((path) => /\/assets\/editor-start-.*\.js$/.test(path))).toBe(true);
    expect(kept.some((path) => /\/assets\/index-.*\.js$/.test(path))).toBe(true);

    const title = 'Een kaart van voor de storing';
    const first = (await currentDocument(page)).nodes[0]!;
    await page.evaluate(
      ([id, changed]) =>
        (window as unknown as { __veranderlogica: { apply(op: unknown): unknown } }).__veranderlogica.apply({
          type: 'updateNode',
          id,
          changes: { title: changed },
        }),
      [first.id, title] as const,
    );
    await waitForAutosave(page);

    await context.setOffline(true);
    errors.length = 0;
    await page.reload();
    await page.waitForSelector('.react-flow__node');
    expect((await currentDocument(page)).nodes.find((node) => node.id === first.id)?.title).toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });
});

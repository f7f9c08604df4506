import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openEditor, type EditorPage } from './browser.js';

let browser: Browser;
let editor: EditorPage;

beforeAll(async () => {
  browser = await launch();
  editor = await openEditor(browser, inject('baseURL'));
});
afterAll(async () => {
  await browser?.close();
});

/** Every Content-Security-Policy violation the page has reported so far. */
const violations = () => editor.page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);

describe('the built editor under a strict Content-Security-Policy', () => {
  it('declares the policy: no inline script, no eval, nothing from elsewhere', async () => {
    const policy = await editor.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
  });

  it('edits, lays out, exports and prints without a single violation', async () => {
    const { page } = editor;
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
    });
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Automatisch indelen', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Automatisch indelen', exact: true }).isEnabled()).toBe(true);
    for (const label of ['Afbeelding (SVG)', 'Afbeelding (PNG)', 'Rapport (HTML, af te drukken als pdf)', 'Meetplan (Excel)']) {
      await page.getByText('Exporteren', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: label }).click()]);
      expect(await download.failure()).toBeNull();
      await page.locator('.editor-menu').evaluateAll((menus) => menus.forEach((menu) => menu.removeAttribute('open')));
    }
    await page.getByText('Exporteren', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Afdrukken / PDF' }).click();
    await expect.poll(() => page.locator('.editor-print img').count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page
          .locator('.editor-print img')
          .evaluateAll((images) =>
            images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
          ),
      )
      .toBe(true);
    expect(await violations()).toEqual([]);
    expect(editor.errors).toEqual([]);
  });
});

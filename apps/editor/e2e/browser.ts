import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Document } from '@veranderlogica/core';
import { startRoomServer, type RoomServer } from '@veranderlogica/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * A room server for a suite of browser tests, serving the editor as built for them and every room's WebSocket on
 * one port, on a data folder of its own, and a browser; both started before the suite and closed after it.
 *
 * @example
 * const suite = roomServerForSuite('vl-room-e2e-');
 * await page.goto(`${suite.server.url}/?room=…`);
 */
export function roomServerForSuite(prefix: string): { readonly server: RoomServer; readonly browser: Browser } {
  let server: RoomServer | undefined;
  let browser: Browser | undefined;
  let data: string | undefined;
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), prefix));
    const dist = fileURLToPath(new URL('../dist', import.meta.url));
    server = await startRoomServer({ port: 0, data, editorDir: dist, quiet: true, storeDelay: 100 });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (data) rmSync(data, { recursive: true, force: true });
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

/** Debian's Chromium, headless, with every outside look-up switched off. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

export interface EditorPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors and console errors seen so far. */
  readonly errors: string[];
  /** Dialogs the page opened (alert, confirm): an injected script would show up here. */
  readonly dialogs: string[];
}

/**
 * Opens the editor in a fresh profile (empty IndexedDB). The browser's save
 * dialog is removed so saving falls back to a download the test can read.
 */
export async function openEditor(browser: Browser, baseURL: string, context?: BrowserContext): Promise<EditorPage> {
  const ctx =
    context ??
    (await browser.newContext({
      viewport: { width: 1600, height: 900 },
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    }));
  await ctx.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  const page = await ctx.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(baseURL);
  await page.waitForSelector('.react-flow__node');
  // A document without positions is laid out once on opening; wait for it so tests start from a settled state.
  await page.waitForFunction(() => {
    const doc = (window as unknown as { __veranderlogica: { getState(): { document: Document } } }).__veranderlogica.getState().document;
    return doc.nodes.length === 0 || doc.nodes.every((node) => doc.layout?.positions[node.id]);
  });
  return { context: ctx, page, errors, dialogs };
}

/** Opens a file through the Openen button, as a user picks one in the browser's file dialog. */
export async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Openen', exact: true }).click(),
  ]);
  await chooser.setFiles(path);
}

/** The editor's current document, read from the store it exposes for tests and tools. */
export function currentDocument(page: Page): Promise<Document> {
  return page.evaluate(
    () => (window as unknown as { __veranderlogica: { getState(): { document: Document } } }).__veranderlogica.getState().document,
  );
}

/**
 * Waits until the autosave has written: the status line shows its time, and the journal of the last edits is gone
 * (the save removes it once IndexedDB holds the same text).
 */
export async function waitForAutosave(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      /Bewaard|Saved/.test(document.querySelector('.vl-toolbar__status')?.textContent ?? '') &&
      localStorage.getItem('veranderlogica:journal') === null,
  );
}

/** The serious and critical axe-core violations on the page as it is now, as "rule: targets" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const require = createRequire(import.meta.url);
  // Evaluated through the browser's debugging protocol, not as a script tag: the editor's Content-Security-Policy
  // rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * One browser and one editor page for a test file: opened before its tests
 * and closed after them. Read `suite.editor` inside the tests.
 */
export function editorForSuite(baseURL: string): { readonly editor: EditorPage } {
  let browser: Browser | undefined;
  let editor: EditorPage | undefined;
  beforeAll(async () => {
    browser = await launch();
    editor = await openEditor(browser, baseURL);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get editor() {
      if (!editor) throw new Error('The editor opens before the tests run.');
      return editor;
    },
  };
}

/** Waits until the diagram's view has stopped moving: its transform is the same over several animation frames. */
/**
 * After "Alles in beeld": waits until no auto-layout is pending or moving the cards and every card of the plan is drawn
 * inside the canvas (a fit waits for new cards to be measured, so it may start frames after the click), then until the
 * view holds still.
 */
export async function viewFitted(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pane = document.querySelector('.editor__diagram .react-flow')?.getBoundingClientRect();
    const state = (
      window as unknown as { __veranderlogica: { getState(): { document: { nodes: unknown[] } } } }
    ).__veranderlogica.getState();
    const cards = [...document.querySelectorAll('.editor__diagram .react-flow__node')].map((card) => card.getBoundingClientRect());
    // No auto-layout pending (it runs once typing pauses) or gliding: it would move the cards after the fit.
    const layingOut = [...document.querySelectorAll('button')].some((button) =>
      /Bezig met indelen|Laying out/.test(button.textContent ?? ''),
    );
    return (
      pane !== undefined &&
      !layingOut &&
      !document.querySelector('.editor-canvas--transitioning, .editor-canvas--fitting') &&
      cards.length === state.document.nodes.length &&
      cards.every(
        (card) => card.left >= pane.left - 1 && card.right <= pane.right + 1 && card.top >= pane.top - 1 && card.bottom <= pane.bottom + 1,
      )
    );
  });
  await viewSettled(page);
}

export async function viewSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const read = () => document.querySelector<HTMLElement>('.editor__diagram .react-flow__viewport')?.style.transform ?? '';
        const first = read();
        let frames = 0;
        const tick = () => {
          if (read() !== first) return resolve(false);
          if (++frames >= 6) return resolve(true);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Switches the interface to `language` with its own switch (the editor's, a participant's or a reviewer's), which
 * goes to the next language in the list: clicked until the page speaks it, so a test holds however many languages
 * ship.
 */
export async function switchLanguage(page: Page, language: string): Promise<void> {
  const lang = () => page.locator('html').getAttribute('lang');
  const button = page.locator('[data-command="language"], .vl-participant__language').first();
  for (let clicks = 0; clicks < 10 && (await lang()) !== language; clicks++) {
    const before = await lang();
    await button.click();
    await expect.poll(lang).not.toBe(before);
  }
  expect(await lang()).toBe(language);
}

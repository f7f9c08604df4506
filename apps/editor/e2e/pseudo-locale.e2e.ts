import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serializeDocument } from '@veranderlogica/core';
import { regionCorpus } from '@veranderlogica/core/testing';
import { startRoomServer } from '@veranderlogica/server';
import { launch, openEditor, SCREENSHOTS, viewSettled } from './browser.js';

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The interface's own texts on the page that did not come from a catalogue: in the pseudo-locale every catalogue
 * text stands between ⟦ and ⟧, so a text with letters outside them was written into the code. What the plan holds
 * (titles on cards, in lists and fields) and what the core says about it (a check's message) are the plan's, not
 * the interface's: they are left out by where they stand.
 */
async function textsNotFromCatalogue(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    // Every text the plan holds (titles, names, descriptions, sources), to tell the plan's words from the interface's.
    const plan = (window as unknown as { __veranderlogica?: { getState(): { document: unknown } } }).__veranderlogica?.getState().document;
    const held: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') {
        if (value.trim().length >= 2) held.push(value.trim());
      } else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(plan);
    const fromPlan = (text: string) =>
      held.some((value) => value.includes(text) || (text.includes(value) && value.length >= text.length * 0.6));
    const PLAN = [
      '.react-flow__node', // cards: the plan's titles (their kind label is checked on the legend and palette)
      '.react-flow__edge',
      '.vl-validation li', // the core's messages about the plan
      '.vl-outline', // the plan's titles
      '.vl-compare',
      '.react-flow__attribution',
      'option', // a select's options: the plan's groups, partners and areas
      'textarea', // what someone typed: the plan's participants, a problem statement
      '[data-plan]',
      '[lang]:not(html)', // a text marked as in another language on purpose (the language switch names the other language)
      'kbd', // keys as keyboards print them
      '[data-testid="room-code"]', // a room's join code
    ].join(',');
    const found = new Set<string>();
    const root = document.querySelector(selector);
    if (!root) return ['(no ' + selector + ')'];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest(PLAN) || element.closest('script,style,title')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
      const text = node.textContent ?? '';
      if (fromPlan(text.trim())) continue;
      // Outside the marks, a letter means a text the catalogues never saw (numbers, keys and symbols are fine).
      const outside = text.replace(/⟦[^⟧]*⟧/g, '');
      if (/\p{L}{2,}/u.test(outside.replace(/\b(Ctrl|Esc|Shift|Alt|Page Up|Page Down|Tab|Enter|Del|Delete|Mod)\b/g, '')))
        found.add(text.trim().slice(0, 80));
    }
    // Names and descriptions a screen reader reads are texts too.
    for (const element of root.querySelectorAll('[aria-label],[title],[placeholder]')) {
      if (element.closest(PLAN)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && !fromPlan(value) && /\p{L}{2,}/u.test(value.replace(/⟦[^⟧]*⟧/g, ''))) found.add(`${name}="${value.slice(0, 80)}"`);
      }
    }
    return [...found];
  }, scope);
}

describe('the pseudo-locale (?lang=qps)', () => {
  it('shows every text of the editor from a catalogue: toolbar, panels, legend, palette and the shortcut help', async () => {
    const { page, context } = await openEditor(browser, `${baseURL}?lang=qps`);
    await viewSettled(page);
    expect(await page.locator('.vl-panel__title').first().textContent()).toMatch(/^⟦.*⟧$/);
    expect(await textsNotFromCatalogue(page)).toEqual([]);
    // A third longer everywhere: the picture shows where a longer language would not fit.
    await page.screenshot({ path: `${SCREENSHOTS}pseudo-locale.png` });
    await page.keyboard.press('?');
    await page.locator('.editor-shortcuts').first().waitFor();
    expect(await textsNotFromCatalogue(page, 'dialog[open]')).toEqual([]);
    await context.close();
  });

  it('shows the participant’s page from a catalogue too', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}?join&lang=qps`);
    await page.locator('form').first().waitFor();
    expect(await textsNotFromCatalogue(page)).toEqual([]);
    await context.close();
  });
});

describe('the pseudo-locale on the facilitator’s views', () => {
  it('shows workshop mode from a catalogue in every step: the stepper, its guidance and questions, the step’s own panel', async () => {
    const { page, context } = await openEditor(browser, `${baseURL}?lang=qps`);
    await viewSettled(page);
    await page.locator('[data-command="workshop"]').click();
    await page.locator('.editor-workshop').waitFor();
    for (const step of ['problem', 'goals', 'interventions', 'mechanisms', 'prioritise', 'partners-and-measures']) {
      await page.locator(`[data-step="${step}"]`).click();
      await expect.poll(() => page.locator(`[data-step="${step}"]`).getAttribute('aria-current')).toBe('step');
      expect(await textsNotFromCatalogue(page), step).toEqual([]);
    }
    await context.close();
  });

  it('shows the presentation’s bar from a catalogue, for the whole plan and for a goal', async () => {
    const { page, context } = await openEditor(browser, `${baseURL}?lang=qps`);
    await viewSettled(page);
    await page.locator('[data-command="present"]').click();
    const stage = page.locator('.editor-present-stage');
    await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
    expect(await textsNotFromCatalogue(page, '.editor-present')).toEqual([]);
    await stage.locator('g[data-kind="goal"]').first().click();
    await expect.poll(() => stage.getAttribute('data-ready')).toBe('true');
    await expect.poll(() => page.locator('.editor-present').textContent()).toMatch(/⟦/);
    expect(await textsNotFromCatalogue(page, '.editor-present')).toEqual([]);
    await context.close();
  });
});

describe('the pseudo-locale on a region', () => {
  it('shows the Regio view from a catalogue, before and after a region is opened', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vl-qps-region-'));
    const { regional, municipalities } = regionCorpus();
    const files = [regional, ...municipalities].map((plan) => {
      const file = join(folder, `${plan.id}.json`);
      writeFileSync(file, serializeDocument(plan));
      return file;
    });
    const { page, context } = await openEditor(browser, `${baseURL}?lang=qps`);
    await viewSettled(page);
    await page.locator('[data-command="view-region"]').click();
    await page.locator('.vl-region').waitFor();
    expect(await textsNotFromCatalogue(page, '.vl-region')).toEqual([]);
    await page.getByTestId('region-files').setInputFiles(files);
    await page.locator('.vl-region tr[data-card]').first().waitFor();
    expect(await textsNotFromCatalogue(page, '.vl-region')).toEqual([]);
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('the pseudo-locale on review and adoption', () => {
  it('shows the Reacties dock from a catalogue: rounds, threads and suggestions', async () => {
    const { page, context } = await openEditor(browser, `${baseURL}?lang=qps`);
    await viewSettled(page);
    // The worked example out for review, with a comment, a reply and a suggestion, made by the core's operations.
    await page.evaluate(() => {
      type Store = {
        getState(): {
          document: {
            actors: { id: string }[];
            nodes: { id: string; kind: string; title: string }[];
            reviews: { id: string }[];
            comments: { id: string }[];
          };
        };
        apply(op: unknown): unknown;
      };
      const store = (window as unknown as { __veranderlogica: Store }).__veranderlogica;
      const plan = () => store.getState().document;
      const [ggd] = plan().actors;
      const card = plan().nodes.find((node) => node.kind === 'intervention')!;
      const at = '2026-03-02T10:00:00.000Z';
      store.apply({
        type: 'addReview',
        review: {
          id: 'round-q',
          title: 'Consultatie',
          started: at,
          deadline: '2026-03-29',
          partners: [{ actor: ggd!.id, scope: 'plan' }],
          closed: false,
        },
      });
      store.apply({
        type: 'addComment',
        comment: {
          id: 'comment-q',
          about: card.id,
          round: 'round-q',
          author: { name: 'Femke', partner: ggd!.id },
          created: at,
          text: 'Wie voert dit uit?',
          status: 'open',
        },
      });
      store.apply({
        type: 'addComment',
        comment: {
          id: 'comment-r',
          replyTo: 'comment-q',
          about: card.id,
          author: { name: 'Beleid' },
          created: at,
          text: 'Het CJG.',
          status: 'open',
        },
      });
      store.apply({
        type: 'addSuggestion',
        suggestion: {
          id: 'suggestion-q',
          round: 'round-q',
          author: { name: 'Femke', partner: ggd!.id },
          created: at,
          proposal: { type: 'retitle', id: card.id, title: 'Nieuwe titel' },
          reason: 'Korter.',
          status: 'open',
        },
      });
    });
    await page.locator('[data-command="review"]').click();
    await page.locator('.editor-review .vl-review__suggestion').waitFor();
    await page.locator('.vl-rounds').getByRole('button').first().waitFor();
    expect(await textsNotFromCatalogue(page, '.editor-review')).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}pseudo-locale-review.png` });
    await context.close();
  });
});

describe('the pseudo-locale in a live room', () => {
  it('shows the facilitator’s room panel, the projector’s screen and a partner’s review page from a catalogue', async () => {
    const data = mkdtempSync(join(tmpdir(), 'vl-qps-room-'));
    const server = await startRoomServer({ port: 0, data, editorDir: fileURLToPath(new URL('../dist', import.meta.url)), quiet: true });
    try {
      const facilitatorContext = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      const facilitator = await facilitatorContext.newPage();
      await facilitator.goto(`${server.url}/?lang=qps`);
      await facilitator.waitForSelector('.react-flow__node');
      await facilitator.locator('[data-command="room"]').click();
      const code = facilitator.getByTestId('room-code');
      await expect.poll(async () => (await code.textContent()) ?? '').toMatch(/^[A-Z2-9]{6}$/);
      const panel = facilitator.locator('.vl-room');
      await panel.waitFor();
      expect(await textsNotFromCatalogue(facilitator, '.vl-room')).toEqual([]);

      // The room keeps the language the page was opened in, and gives it to the screen's link.
      expect(new URL(facilitator.url()).searchParams.get('lang')).toBe('qps');
      const screenUrl = (await facilitator.locator('a[href*="&screen"]').getAttribute('href'))!;
      expect(screenUrl).toContain('lang=qps');
      const screenContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const screen = await screenContext.newPage();
      await screen.goto(`${server.url}${screenUrl}`);
      await screen.waitForSelector('.vl-presenter');
      await expect.poll(() => screen.getByTestId('room-code').textContent()).toBe(await code.textContent());
      expect(await textsNotFromCatalogue(screen, '.vl-presenter')).toEqual([]);
      await screenContext.close();

      // A partner's review page, from a review link of a round the facilitator starts.
      await facilitator.locator('[data-command="review"]').click();
      const rounds = facilitator.locator('.vl-rounds');
      await rounds.locator('button[aria-expanded]').first().click();
      await rounds.locator('input[type="checkbox"]').first().check();
      await rounds.locator('button[type="submit"]').click();
      await rounds.locator('.vl-rounds__actions button').first().click();
      const link = rounds.locator('.vl-rounds__links input').first();
      await link.waitFor();
      const reviewUrl = await link.inputValue();
      expect(reviewUrl).toContain('lang=qps');
      const partnerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const partner = await partnerContext.newPage();
      await partner.goto(reviewUrl);
      await partner.locator('.vl-reviewer form').first().waitFor();
      expect(await textsNotFromCatalogue(partner, '.vl-reviewer')).toEqual([]);
      await partnerContext.close();
      await facilitatorContext.close();
    } finally {
      await server.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});

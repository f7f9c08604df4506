import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseDocument, type Document } from '@veranderlogica/core';
import { strategyPlan, ungroupedPlan } from '@veranderlogica/core/testing';
import { loadHyphenate, textWidth } from '@veranderlogica/layout';
import { drawDocument } from '@veranderlogica/layout/node';
import { launch } from './browser.js';

const worked = (): Document => {
  const parsed = parseDocument(readFileSync(new URL('../../../examples/voorbeeldregio.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('The worked example does not parse');
  return parsed.document;
};

/** A text element as Chromium draws it, and as the layout measured it. */
interface Drawn {
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly spacing: number;
  /** Set in one style throughout (no bold part in a tspan): its width can be compared with one measure. */
  readonly plain: boolean;
  /** Chromium's own advance of the text, and its box. */
  readonly length: number;
  readonly left: number;
  readonly right: number;
  /** The card it stands on: its left and right edge. */
  readonly card?: { readonly left: number; readonly right: number };
}

/** Every text of the picture as the browser laid it out, once the font has loaded. */
async function drawnTexts(page: Page, svg: string): Promise<{ font: boolean; texts: Drawn[]; width: number }> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  return page.evaluate(async () => {
    await document.fonts.ready;
    const root = document.querySelector('svg')!;
    const texts = [...root.querySelectorAll('text')].map((text) => {
      const box = text.getBBox();
      const rect = text.closest('g[data-id]')?.querySelector('rect');
      return {
        text: text.textContent ?? '',
        size: Number(text.getAttribute('font-size')),
        bold: text.getAttribute('font-weight') === '700',
        spacing: Number(text.getAttribute('letter-spacing') ?? 0),
        plain: text.children.length === 0,
        length: text.getComputedTextLength(),
        left: box.x,
        right: box.x + box.width,
        ...(rect && { card: { left: rect.x.baseVal.value, right: rect.x.baseVal.value + rect.width.baseVal.value } }),
      };
    });
    const font = [...document.fonts].some(
      (face) => face.family.replaceAll('"', '').replaceAll("'", '') === 'Noto Sans' && face.status === 'loaded',
    );
    return { font, texts, width: root.width.baseVal.value };
  });
}

describe('pictures in the font they are measured with', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const plans: [string, () => Document][] = [
    ['the worked example', worked],
    ['a plan without groups with very long Dutch titles', () => ungroupedPlan({ longTitles: true })],
    ['a plan with seven strategies', () => strategyPlan(7, { strategies: 7 })],
  ];
  for (const [name, plan] of plans) {
    for (const language of ['nl', 'en'] as const) {
      it(`${name} (${language}): Chromium sets every text as wide as measured, inside its card and the picture`, async () => {
        const document = plan();
        const hyphenate = await loadHyphenate(document.language);
        const svg = await drawDocument(document, { language, ...(hyphenate && { hyphenate }) });
        const { font, texts, width } = await drawnTexts(page, svg);
        // The font the SVG carries is the one drawn, not a fallback.
        expect(font).toBe(true);
        expect(texts.length).toBeGreaterThan(document.nodes.length * 2);
        for (const drawn of texts) {
          const measured = textWidth(drawn.text, { size: drawn.size, bold: drawn.bold, letterSpacing: drawn.spacing });
          if (drawn.plain) {
            // Drawn without kerning or ligatures: exactly the advances the layout added up. A sign the font lacks
            // (★, ▲) comes from another font: reckoned a full em, never narrower than drawn.
            if (/^[\u0020-\u024f\u2000-\u206f\u20ac]*$/.test(drawn.text)) {
              expect(Math.abs(drawn.length - measured), drawn.text).toBeLessThanOrEqual(0.5);
            } else expect(drawn.length, drawn.text).toBeLessThanOrEqual(measured + 0.5);
          }
          if (drawn.card) {
            expect(drawn.left, drawn.text).toBeGreaterThanOrEqual(drawn.card.left);
            expect(drawn.right, drawn.text).toBeLessThanOrEqual(drawn.card.right);
          }
          expect(drawn.left, drawn.text).toBeGreaterThanOrEqual(0);
          expect(drawn.right, drawn.text).toBeLessThanOrEqual(width);
          expect(drawn.text.endsWith('…'), drawn.text).toBe(false);
        }
      });
    }
  }
});

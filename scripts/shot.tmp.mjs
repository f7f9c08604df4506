import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
for (const lang of ['nl', 'en']) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${base}/?lang=${lang}`);
  await page.waitForSelector('.react-flow__node');
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__veranderlogica.select(['ind-gedwongen']));
  await page.waitForTimeout(500);
  const inspector = page.locator('.vl-inspector');
  await inspector.screenshot({ path: `/tmp/shots/inspector-indicator-${lang}.png` });
  await page.evaluate(() => window.__veranderlogica.select([]));
  await page.waitForTimeout(300);
  await inspector.screenshot({ path: `/tmp/shots/inspector-document-${lang}.png` });
  await page.screenshot({ path: `/tmp/shots/editor-${lang}.png` });
  await page.close();
}
await browser.close();

// Editor rendering in headless Chromium with a 1,000-node document: time until every card is on screen
// after opening, and the median frame time while panning and while dragging one card.
// One JSON object a line. Targets (docs/performance.md): first render ≤ 2 s; median frame ≤ 16.7 ms.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { serializeDocument } from '@veranderlogica/core';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { layoutDocument } from '@veranderlogica/layout/node';
import { median, report, round } from '../../../scripts/bench-kit.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZE = 1_000;

// A laid-out 1,000-node document, as a user would have saved it.
const document = syntheticDocument(SIZE);
const layout = await layoutDocument(document);
const laidOut = {
  ...document,
  layout: { direction: 'BT', positions: Object.fromEntries(Object.entries(layout.positions).map(([id, p]) => [id, { x: p.x, y: p.y }])) },
};
const text = serializeDocument(laidOut);

await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });
const server = await preview({
  root,
  configFile: `${root}vite.config.ts`,
  preview: { port: 4190, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const base = { suite: 'editor', nodes: laidOut.nodes.length, edges: laidOut.edges.length, viewport: '1600x900' };

try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.react-flow__node');
  // Put the document where the editor keeps the open document, then open the editor afresh.
  await page.evaluate(async (documentText) => {
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('veranderlogica');
      open.onsuccess = () => {
        const tx = open.result.transaction('documents', 'readwrite');
        tx.objectStore('documents').put(documentText, 'current');
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, text);

  const firstRender = [];
  for (let run = 0; run < 5; run++) {
    await page.goto(url);
    const ms = await page.evaluate(
      (expected) =>
        new Promise((resolve) => {
          const check = () => {
            const cards = document.querySelectorAll('.react-flow__node');
            const visible = cards.length >= expected && [...cards].every((card) => card.style.visibility !== 'hidden');
            if (visible) resolve(performance.now());
            else requestAnimationFrame(check);
          };
          check();
        }),
      laidOut.nodes.length,
    );
    firstRender.push(ms);
  }
  report({
    ...base,
    case: 'open → every card rendered (from navigation start)',
    median_ms: round(median(firstRender)),
    runs: firstRender.length,
  });

  /** Frame intervals (ms) while `interact` runs, measured with requestAnimationFrame in the page. */
  async function frames(interact) {
    await page.evaluate(() => {
      const w = window;
      w.__frames = [];
      w.__recording = true;
      let last = performance.now();
      const tick = (now) => {
        w.__frames.push(now - last);
        last = now;
        if (w.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await interact();
    return page.evaluate(() => {
      window.__recording = false;
      return window.__frames.slice(2);
    });
  }

  /** Presses at (x, y), moves the mouse along an ellipse for `steps` events, releases: a pan or a drag. */
  const sweep = async (x, y, rx, ry, steps = 90) => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 0; i < steps; i++) await page.mouse.move(x + Math.sin(i / 10) * rx, y + Math.cos(i / 10) * ry);
    await page.mouse.up();
  };
  const p95 = (values) => round([...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]);

  const pane = await page.locator('.react-flow__pane').boundingBox();
  const pan = await frames(() => sweep(pane.x + pane.width / 2, pane.y + pane.height / 2, 300, 150));
  report({
    ...base,
    case: 'pan at fit-view zoom: median frame',
    median_ms: round(median(pan)),
    p95_ms: p95(pan),
    frames: pan.length,
  });

  // The same pan at 100 % zoom, the working zoom of a workshop: zoomed in on a card in the middle of the diagram.
  const zoom = () =>
    page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector('.react-flow__viewport').style.transform)[1]));
  const viewportTransform = () => page.evaluate(() => document.querySelector('.react-flow__viewport').style.transform);
  await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
  await page.waitForTimeout(600);
  const spot = await page
    .locator('.react-flow__node')
    .nth(Math.floor(SIZE / 2))
    .boundingBox();
  await page.mouse.move(spot.x + spot.width / 2, spot.y + spot.height / 2);
  for (let i = 0; i < 60 && (await zoom()) < 0.95; i++) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(400);
  // A pan starts on empty canvas: pressing on a card or a connection does something else.
  const start = await page.evaluate((box) => {
    for (let y = box.y + box.height / 2; y < box.y + box.height - 160; y += 7)
      for (let x = box.x + box.width / 2; x < box.x + box.width - 310; x += 7)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return undefined;
  }, pane);
  const onScreen = await page.evaluate(() => ({
    cards: document.querySelectorAll('.react-flow__node').length,
    connections: document.querySelectorAll('.react-flow__edge').length,
  }));
  const before = await viewportTransform();
  const panFull = start ? await frames(() => sweep(start.x, start.y, 300, 150)) : [];
  const moved = (await viewportTransform()) !== before;
  report({
    ...base,
    case: `pan at ${Math.round((await zoom()) * 100)} % zoom: median frame`,
    median_ms: panFull.length ? round(median(panFull)) : null,
    p95_ms: panFull.length ? p95(panFull) : null,
    frames: panFull.length,
    on_screen: onScreen,
    // A frame time means nothing if the view did not move.
    view_moved: moved,
  });
  await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
  await page.waitForTimeout(600);

  const card = await page.locator('.react-flow__node').nth(10).boundingBox();
  const drag = await frames(() => sweep(card.x + card.width / 2, card.y + card.height / 2, 200, 100));
  report({
    ...base,
    case: 'drag one card at fit-view zoom: median frame',
    median_ms: round(median(drag)),
    p95_ms: p95(drag),
    frames: drag.length,
  });
  await context.close();
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

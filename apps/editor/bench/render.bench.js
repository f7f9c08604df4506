// Editor rendering in headless Chromium with a 1,000-node document: time until every card is on screen
// after opening, and the median frame time while panning and while dragging one card.
// One JSON object a line. Targets (docs/performance.md): first render ≤ 2 s; median frame ≤ 16.7 ms.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
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

const peerData = {
  nodes: laidOut.nodes.map((node) => {
    const placed = layout.positions[node.id];
    return { id: node.id, x: placed.x, y: placed.y, width: placed.width, height: placed.height, title: node.title, kind: node.kind };
  }),
  edges: laidOut.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
};

await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });
// The peer: a plain React Flow page with the same cards, built here from bench/peer, served beside the editor.
const peerRoot = fileURLToPath(new URL('./peer/', import.meta.url));
const peerOut = mkdtempSync(join(tmpdir(), 'veranderlogica-peer-'));
await build({
  root: peerRoot,
  configFile: false,
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: peerOut, emptyOutDir: true, target: 'es2022' },
});
const server = await preview({
  root,
  configFile: `${root}vite.config.ts`,
  preview: { port: 4190, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const peerServer = await preview({
  root: peerRoot,
  configFile: false,
  build: { outDir: peerOut },
  preview: { port: 4191, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const url = server.resolvedUrls.local[0];
const peerUrl = peerServer.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const base = { suite: 'editor', nodes: laidOut.nodes.length, edges: laidOut.edges.length, viewport: '1600x900' };

/**
 * Milliseconds from navigation start until `expected` cards are in the page, none is hidden (React Flow hides a card
 * it has no size for until it has measured it) and the view is framed: the picture a user sees, not a first pass
 * drawn at 100 % before the fit (1,000 cards fit 1600×900 only far below 100 %). Throws, naming what is on screen,
 * when another plan opened: a bench that waits for cards that never come, or times the worked example, measures
 * nothing.
 */
async function untilEveryCard(page, expected, title) {
  const result = await page.evaluate(
    ({ expected }) =>
      new Promise((resolve) => {
        const deadline = performance.now() + 60_000;
        const check = () => {
          const cards = document.querySelectorAll('.react-flow__node');
          const scale = /scale\(([\d.e-]+)\)/.exec(document.querySelector('.react-flow__viewport')?.style.transform ?? '');
          const framed = scale !== null && Number(scale[1]) < 1;
          const visible = framed && cards.length >= expected && [...cards].every((card) => card.style.visibility !== 'hidden');
          const view = document.querySelector('.react-flow__viewport')?.style.transform;
          if (visible) resolve({ ms: performance.now(), cards: cards.length, title: document.title, view });
          else if (performance.now() > deadline) resolve({ ms: undefined, cards: cards.length, title: document.title, view });
          else requestAnimationFrame(check);
        };
        check();
      }),
    { expected },
  );
  if (result.ms === undefined || result.cards !== expected || (title && !result.title.startsWith(title)))
    throw new Error(
      `bench editor: expected the plan "${title ?? 'peer'}" with ${expected} cards on screen in a framed view, found "${result.title}" with ${result.cards} (view ${result.view})`,
    );
  return result.ms;
}

try {
  // No service worker: the editor and the peer both load from the network, and routes reach the page.
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, serviceWorkers: 'block' });
  // The editor journals the open plan in localStorage when a page goes, and the journal wins over IndexedDB on the
  // next start. Cleared before the editor's scripts run, so every navigation opens the plan put in IndexedDB below.
  await context.addInitScript(() => localStorage.removeItem('veranderlogica:journal'));
  const page = await context.newPage();
  // The editor opens once so that its database exists; the plan is then put in from a blank page of the same origin,
  // where no editor is running whose autosave could write its own plan over it.
  await page.goto(url);
  await page.waitForSelector('.react-flow__node');
  await context.route('**/bench-blank', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto(`${url}bench-blank`);
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

  const peerContext = await browser.newContext({ viewport: { width: 1600, height: 900 }, serviceWorkers: 'block' });
  await peerContext.addInitScript((data) => {
    window.__PEER__ = data;
  }, peerData);
  const peerPage = await peerContext.newPage();

  // Editor and peer alternate, so a slow moment of the machine falls on both.
  const firstRender = [];
  const peerRender = [];
  for (let run = 0; run < 7; run++) {
    await page.goto(url);
    firstRender.push(await untilEveryCard(page, laidOut.nodes.length, laidOut.title));
    await peerPage.goto(peerUrl);
    peerRender.push(await untilEveryCard(peerPage, laidOut.nodes.length));
  }
  // A peer without its connections would be a lighter page than the editor's.
  const peerEdges = await peerPage.evaluate(() => document.querySelectorAll('.react-flow__edge').length);
  if (peerEdges !== laidOut.edges.length)
    throw new Error(`bench editor: the peer page drew ${peerEdges} of ${laidOut.edges.length} connections`);
  await peerContext.close();
  report({
    ...base,
    case: 'plain React Flow page (peer): open → every card rendered',
    median_ms: round(median(peerRender)),
    runs: peerRender.length,
  });
  report({
    ...base,
    case: 'open → every card rendered (from navigation start)',
    median_ms: round(median(firstRender)),
    runs: firstRender.length,
    ratio_to_peer: round(median(firstRender) / median(peerRender), 2),
    target_ratio: 1.2,
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
  const viewportTransform = () => page.evaluate(() => document.querySelector('.react-flow__viewport').style.transform);
  // Cards in the plan (the editor's store), not on screen: culling takes cards off screen when the view moves.
  const cardCount = () => page.evaluate(() => window.__veranderlogica.getState().document.nodes.length);
  // A pan starts on empty canvas: pressing on a card, a handle or a connection does something else (a connection
  // dragged to empty canvas even adds a card). The bench fails when what it timed was not a pan.
  const emptySpot = () =>
    page.evaluate((box) => {
      for (let y = box.y + box.height / 2; y < box.y + box.height - 160; y += 7)
        for (let x = box.x + box.width / 2; x < box.x + box.width - 310; x += 7)
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      return undefined;
    }, pane);
  const panFrom = async (label) => {
    const start = await emptySpot();
    if (!start) throw new Error(`bench editor: no empty canvas to pan from (${label})`);
    const [before, cards] = [await viewportTransform(), await cardCount()];
    const result = await frames(() => sweep(start.x, start.y, 300, 150));
    if ((await viewportTransform()) === before) throw new Error(`bench editor: the view did not move while panning (${label})`);
    if ((await cardCount()) !== cards) throw new Error(`bench editor: panning changed the plan (${label})`);
    return result;
  };
  const pan = await panFrom('fit view');
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
  const onScreen = await page.evaluate(() => ({
    cards: document.querySelectorAll('.react-flow__node').length,
    connections: document.querySelectorAll('.react-flow__edge').length,
  }));
  const panFull = await panFrom('100 % zoom');
  report({
    ...base,
    case: `pan at ${Math.round((await zoom()) * 100)} % zoom: median frame`,
    median_ms: round(median(panFull)),
    p95_ms: p95(panFull),
    frames: panFull.length,
    on_screen: onScreen,
  });
  // A card is dragged where it can be caught: at fit view this plan is 134,000 units wide and a card about 1 px.
  // The card nearest the middle of the canvas: the sweep stays away from the edges, where React Flow pans on its own.
  const draggedId = await page.evaluate((box) => {
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const distance = (element) => {
      const r = element.getBoundingClientRect();
      return Math.hypot(r.x + r.width / 2 - middle.x, r.y + r.height / 2 - middle.y);
    };
    return [...document.querySelectorAll('.react-flow__node')].sort((a, b) => distance(a) - distance(b))[0].dataset.id;
  }, pane);
  const dragged = page.locator(`.react-flow__node[data-id="${draggedId}"]`);
  const placeOf = () => page.evaluate((id) => window.__veranderlogica.getState().document.layout?.positions[id], draggedId);
  const card = await dragged.boundingBox();
  const [cardsBefore, placeBefore] = [await cardCount(), await placeOf()];
  const drag = await frames(() => sweep(card.x + card.width / 2, card.y + card.height / 2, 150, 80));
  const placeAfter = await placeOf();
  if (!placeAfter || (placeAfter.x === placeBefore?.x && placeAfter.y === placeBefore?.y) || (await cardCount()) !== cardsBefore)
    throw new Error(
      `bench editor: the card did not move, or the plan changed, while dragging (${JSON.stringify({ placeBefore, placeAfter, card })})`,
    );
  report({
    ...base,
    case: `drag one card at ${Math.round((await zoom()) * 100)} % zoom: median frame`,
    median_ms: round(median(drag)),
    p95_ms: p95(drag),
    frames: drag.length,
  });
  await context.close();
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
  await new Promise((resolve) => peerServer.httpServer.close(resolve));
}

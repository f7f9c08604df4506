// The live room in Debian's Chromium: how long a facilitator's edit takes to reach the projector screen, against
// how long it takes to reach the facilitator's own canvas in the same run (the peer). One JSON object a line.
// Target (issue 26, docs/performance.md): p95 to the screen ≤ 2 × p95 to the facilitator's own canvas.
// Both pages run in one browser on one machine, so `performance.timeOrigin + performance.now()` is one clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { getTemplate, serializeDocument, WorkshopSchema } from '@veranderlogica/core';
import { startRoomServer } from '@veranderlogica/server';
import { report, round } from '../../../scripts/bench-kit.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const EDITS = 40;
const EVERY_MS = 250;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};

await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
const data = mkdtempSync(join(tmpdir(), 'vl-bench-room-browser-'));
const server = await startRoomServer({ port: 0, data, editorDir: join(root, 'dist'), quiet: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });

/** Notes, in the page, when a card's text first shows a marker: a MutationObserver, so the time is the DOM's own. */
const watch = () => {
  window.__arrivals = new Map();
  window.__expect = (id, marker) => {
    const card = () => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    const seen = () => (card()?.textContent ?? '').includes(marker);
    const observer = new MutationObserver(() => {
      if (seen()) {
        window.__arrivals.set(marker, performance.timeOrigin + performance.now());
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  };
};

try {
  // The worked example in the problem analysis: the screen shows the plan filling it.
  const plan = { ...getTemplate('voorbeeldregio').create(), workshop: WorkshopSchema.parse({ step: 'problem' }) };
  const opened = await (await fetch(`${server.url}/api/rooms`, { method: 'POST', body: serializeDocument(plan) })).json();
  const facilitator = await (await browser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();
  await facilitator.goto(`${server.url}/?room=${opened.room}#token=${opened.token}`);
  await facilitator.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
  await facilitator.waitForSelector('.react-flow__node');
  const screen = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await screen.goto(`${server.url}/?room=${opened.room}#token=${opened.viewerToken}`);
  await screen.waitForSelector('.vl-presenter__plan .react-flow__node');
  if ((await screen.locator('.editor-toolbar, [role="toolbar"]').count()) > 0)
    throw new Error('the screen shows the editor, not the presenter screen');
  await facilitator.evaluate(watch);
  await screen.evaluate(watch);

  // Cards both pages show (the screen fits the whole plan; the facilitator's canvas renders every card).
  const ids = plan.nodes.filter((node) => node.kind === 'intervention').map((node) => node.id);
  const own = [];
  const toScreen = [];
  for (let i = 0; i < EDITS; i++) {
    const id = ids[i % ids.length];
    const marker = `#${100_000 + i}`;
    await screen.evaluate(([card, text]) => window.__expect(card, text), [id, marker]);
    const sent = await facilitator.evaluate(
      ([card, text]) => {
        window.__expect(card, text);
        const at = performance.timeOrigin + performance.now();
        window.__veranderlogica.apply({ type: 'updateNode', id: card, changes: { title: `Interventie ${text}` } });
        return at;
      },
      [id, marker],
    );
    const arrived = async (page) => {
      await page.waitForFunction((text) => window.__arrivals.has(text), marker, { timeout: 10_000 });
      return page.evaluate((text) => window.__arrivals.get(text), marker);
    };
    const [mine, theirs] = await Promise.all([arrived(facilitator), arrived(screen)]);
    own.push(mine - sent);
    toScreen.push(theirs - sent);
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
  }
  if (own.length !== EDITS || toScreen.length !== EDITS || own.some((ms) => !(ms >= 0)) || toScreen.some((ms) => !(ms > 0))) {
    throw new Error(`not every edit was timed on both pages: ${own.length}, ${toScreen.length}`);
  }
  const ownP95 = percentile(own, 0.95);
  const screenP95 = percentile(toScreen, 0.95);
  const ratio = screenP95 / Math.max(ownP95, 1);
  report({
    suite: 'room-browser',
    case: 'a facilitator’s edit → the projector screen, against → the facilitator’s own canvas',
    cards: plan.nodes.length,
    edits: EDITS,
    own_p50_ms: round(percentile(own, 0.5), 1),
    own_p95_ms: round(ownP95, 1),
    screen_p50_ms: round(percentile(toScreen, 0.5), 1),
    screen_p95_ms: round(screenP95, 1),
    ratio_p95: round(ratio, 2),
    target: 'screen p95 ≤ 2 × own-canvas p95',
    met: ratio <= 2,
  });
} finally {
  await browser.close();
  await server.close();
  rmSync(data, { recursive: true, force: true });
}

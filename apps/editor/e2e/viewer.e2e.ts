import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { applyOperation, parseDocument, serializeDocument } from '@veranderlogica/core';
import { layoutDocument } from '@veranderlogica/layout/node';
import { launch, SCREENSHOTS } from './browser.js';
import { expectPicture } from './picture.js';

// The viewer's files as a website serves them: the script, and beside it the layout engine's file it loads only when
// a plan has no places.
const bundleDir = new URL('../../../packages/viewer/bundle/', import.meta.url);
const bundleFiles = Object.fromEntries(
  readdirSync(bundleDir).map((name) => [
    `/${name}`,
    ['text/javascript', readFileSync(new URL(name, bundleDir), 'utf8')] as [string, string],
  ]),
);
const elkFile = Object.keys(bundleFiles).find((path) => path.startsWith('/elk'));
const plan = readFileSync(new URL('../../../examples/voorbeeldregio.json', import.meta.url), 'utf8');
const parsed = parseDocument(plan);
if (!parsed.ok) throw new Error('The worked example does not parse');
const doc = parsed.document;

const ORIGIN = 'http://127.0.0.1:9';

/**
 * A municipality's web page that embeds the viewer: one script file and one
 * element, nothing else. The files are served by the test (no server, no
 * outside address).
 */
async function embed(
  browser: Browser,
  element: string,
  files: Record<string, string> = {},
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const served: Record<string, [string, string]> = {
    '/': [
      'text/html',
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Onze aanpak</title><script type="module" src="/veranderlogica-viewer.js"></script></head><body style="margin:0;padding:20px"><h1>Onze aanpak</h1>${element}</body></html>`,
    ],
    ...bundleFiles,
    '/aanpak.json': ['application/json', plan],
    ...Object.fromEntries(Object.entries(files).map(([path, body]) => [path, ['application/json', body] as [string, string]])),
  };
  await page.route('**/*', async (route) => {
    const path = new URL(route.request().url()).pathname;
    requests.push(path);
    const file = served[path];
    await (file ? route.fulfill({ contentType: file[0], body: file[1] }) : route.fulfill({ status: 404, body: 'niet gevonden' }));
  });
  await page.goto(`${ORIGIN}/`);
  return { page, errors, requests };
}

describe('<veranderlogica-viewer>', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws a plan saved with its places from the one script file, without loading the layout engine', async () => {
    const layout = await layoutDocument(doc);
    const positions = Object.fromEntries(Object.entries(layout.positions).map(([id, p]) => [id, { x: p.x, y: p.y }]));
    const placed = applyOperation(doc, { type: 'setPositions', positions }).document;
    const { page, errors, requests } = await embed(
      browser,
      '<veranderlogica-viewer src="/geplaatst.json" style="height:600px"></veranderlogica-viewer>',
      { '/geplaatst.json': serializeDocument(placed) },
    );
    const viewer = page.locator('veranderlogica-viewer');
    await expect.poll(() => viewer.locator('g[data-id]').count()).toBe(doc.nodes.length);
    expect(await viewer.locator('polyline[data-id]').count()).toBe(doc.edges.length);
    expect(elkFile).toBeDefined();
    expect(requests).not.toContain(elkFile);
    expect(requests.filter((path) => path.endsWith('.js')).every((path) => !path.startsWith('/elk'))).toBe(true);
    expect(errors).toEqual([]);
    await expectPicture(page, 'viewer-placed');
    await page.close();
  });

  it('shows the whole plan; a click on a goal highlights its chains; drag and zoom move it', async () => {
    const { page, errors, requests } = await embed(
      browser,
      '<veranderlogica-viewer src="/aanpak.json" style="height:600px"></veranderlogica-viewer>',
    );
    const viewer = page.locator('veranderlogica-viewer');
    await expect.poll(() => viewer.locator('g[data-id]').count()).toBe(doc.nodes.length);
    expect(await viewer.locator('polyline[data-id]').count()).toBe(doc.edges.length);
    // Text stays text: every card title is in the page.
    expect(await viewer.locator('svg text').count()).toBeGreaterThan(doc.nodes.length);
    expect(await viewer.locator('.status').textContent()).toContain('Klik op een doel');
    await page.screenshot({ path: `${SCREENSHOTS}viewer-embedded.png` });

    const goal = doc.nodes.find((node) => node.kind === 'goal' && node.title.startsWith('Slachtoffers'))!;
    await viewer.locator(`g[data-id="${goal.id}"]`).click();
    await expect.poll(() => viewer.locator('.status').textContent()).toContain(`Ketens naar: ${goal.title}`);
    const faded = await viewer.locator('g[data-id][data-faded]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')));
    expect(faded.length).toBeGreaterThan(0);
    expect(faded).not.toContain(goal.id);
    expect(await viewer.locator(`g[data-id="${goal.id}"]`).getAttribute('data-faded')).toBeNull();
    // Faded on screen, once the fade has run.
    await expect
      .poll(() => viewer.locator(`g[data-id="${faded[0]}"]`).evaluate((card) => Number(getComputedStyle(card).opacity)))
      .toBeLessThan(0.5);
    await expectPicture(page, 'viewer-goal');

    const transform = () => viewer.locator('.vl-picture-view__stage').evaluate((stage) => (stage as HTMLElement).style.transform);
    const before = await transform();
    const box = (await viewer.boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 400);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 300, { steps: 5 });
    await page.mouse.up();
    await expect.poll(transform).not.toBe(before);
    const moved = await transform();
    await viewer.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(transform).not.toBe(moved);

    await viewer.getByRole('button', { name: 'Alles tonen' }).click();
    await expect.poll(() => viewer.locator('g[data-id][data-faded]').count()).toBe(0);
    expect(errors).toEqual([]);
    // A plan without places: the page, the plan, the script and the layout engine beside it, nothing else.
    expect([...new Set(requests)].filter((path) => !path.startsWith('/rolldown-runtime')).sort()).toEqual(
      ['/', '/aanpak.json', elkFile, '/veranderlogica-viewer.js'].sort(),
    );
    await page.close();
  });

  it('speaks English when asked, and says what is wrong with a file it cannot show', async () => {
    const { page, errors } = await embed(
      browser,
      '<veranderlogica-viewer id="a" src="/kapot.json" lang="en"></veranderlogica-viewer><veranderlogica-viewer id="b" src="/weg.json"></veranderlogica-viewer>',
      { '/kapot.json': '{"format":"veranderlogica","version":2,"nodes":[{"id":"x","kind":"doel"}]' },
    );
    await expect.poll(() => page.locator('#a [role="alert"]').textContent()).toContain('/kapot.json is not a readable theory of change');
    await expect.poll(() => page.locator('#b [role="alert"]').textContent()).toContain('Kan /weg.json niet laden: 404');
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
    await page.close();
  });
});

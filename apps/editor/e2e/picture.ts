import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { SCREENSHOTS } from './browser.js';

/** The pictures the browser tests compare against, checked in; `UPDATE_PICTURES=1` writes them anew (then look at them). */
export const BASELINES = fileURLToPath(new URL('./baselines/', import.meta.url));

/**
 * Compares a screenshot with its checked-in picture where a picture is the point (the viewer, the presentation, the
 * routed connections): it fails when more than `tolerance` of the pixels differ by more than anti-aliasing does
 * (pixelmatch's threshold 0.1), and leaves the difference beside the screenshot. Animations are finished first.
 *
 * @example
 * await expectPicture(page, 'viewer-placed');
 */
export async function expectPicture(target: Page | Locator, name: string, tolerance = 0.002): Promise<void> {
  const shot = await target.screenshot({ path: `${SCREENSHOTS}${name}.png`, animations: 'disabled', caret: 'hide' });
  const baseline = `${BASELINES}${name}.png`;
  if (process.env.UPDATE_PICTURES === '1') {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baseline, shot);
    return;
  }
  if (!existsSync(baseline))
    throw new Error(`No picture to compare ${name} with: run the test with UPDATE_PICTURES=1, look at ${baseline}, commit it.`);
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(shot);
  if (expected.width !== actual.width || expected.height !== actual.height)
    throw new Error(`${name}: ${actual.width}×${actual.height} px, the picture is ${expected.width}×${expected.height} px.`);
  const { width, height } = expected;
  const difference = new PNG({ width, height });
  const differing = pixelmatch(expected.data, actual.data, difference.data, width, height, { threshold: 0.1 });
  const share = differing / (width * height);
  if (share > tolerance) {
    writeFileSync(`${SCREENSHOTS}${name}.difference.png`, PNG.sync.write(difference));
    throw new Error(
      `${name}: ${(share * 100).toFixed(2)} % of the pixels differ from the picture (at most ${(tolerance * 100).toFixed(2)} %); see ${SCREENSHOTS}${name}.difference.png.`,
    );
  }
}

import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The names a Chromium goes by on a `PATH` (Debian's package, other distributions, Chrome itself). */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** How long one print or picture may take before it is given up (a browser that hangs). */
const STEP_TIMEOUT_MS = 120_000;

/** The largest side (px) of a picture drawn as PNG; a larger one is drawn smaller. */
const MAX_SIDE = 8_000;

type Env = Readonly<Record<string, string | undefined>>;

/** Thrown when no Chromium is found to print or draw with. */
export class NoBrowserError extends Error {
  constructor() {
    super('No Chromium to print with');
    this.name = 'NoBrowserError';
  }
}

/**
 * The system's Chromium: `VERANDERLOGICA_CHROMIUM` when set (and it runs),
 * else the first of the usual names on the `PATH`.
 *
 * @example
 * const browser = await findChromium(); // '/usr/bin/chromium'
 */
export async function findChromium(env: Env = process.env): Promise<string | undefined> {
  const runs = (path: string) =>
    access(path, constants.X_OK).then(
      () => true,
      () => false,
    );
  if (env.VERANDERLOGICA_CHROMIUM) return (await runs(env.VERANDERLOGICA_CHROMIUM)) ? env.VERANDERLOGICA_CHROMIUM : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of BROWSERS) if (await runs(join(dir, name))) return join(dir, name);
  return undefined;
}

/** What the CLI does with a browser: print a report to PDF, draw a picture as PNG. */
export interface ChromiumSession {
  readonly print: (html: string) => Promise<Uint8Array>;
  readonly rasterise: (svg: string) => Promise<Blob>;
  readonly close: () => Promise<void>;
}

/**
 * Starts the system's Chromium headless (through playwright-core, which never
 * downloads a browser of its own), once for a whole export: a report prints
 * at 100 % with its own page sizes (`@page`), and each picture of a deck is
 * drawn on white at its own size (at most 8,000 px a side). The browser
 * starts on first use. Pages get no network: the report and the pictures are
 * self-contained.
 *
 * @example
 * const session = chromiumSession(process.env);
 * try { await writeFile('rapport.pdf', await session.print(html)); } finally { await session.close(); }
 */
export function chromiumSession(env: Env = process.env): ChromiumSession {
  let started: Promise<Browser> | undefined;
  let drawing: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const browser = () =>
    (started ??= findChromium(env).then((executablePath) => {
      if (!executablePath) throw new NoBrowserError();
      // Chromium's sandbox does not run as root (containers, CI); the pages are the plan's own, without scripts.
      return chromium.launch({ executablePath, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
    }));
  const page = async () => {
    const context = await (await browser()).newContext({ offline: true, javaScriptEnabled: false });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    return context;
  };
  return {
    async print(html) {
      const context = await page();
      try {
        const tab = await context.newPage();
        await tab.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
      } finally {
        await context.close();
      }
    },
    rasterise(svg) {
      // One tab draws every picture, one after the other (a tab each costs more than the drawing).
      const drawn = queue.then(async () => {
        const size = /<svg\b[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
        const width = Math.max(1, Number(size?.[1] ?? 800));
        const height = Math.max(1, Number(size?.[2] ?? 600));
        const scale = Math.min(1, MAX_SIDE / width, MAX_SIDE / height);
        const w = Math.ceil(width * scale);
        const h = Math.ceil(height * scale);
        drawing ??= page().then((context) => context.newPage());
        const tab = await drawing;
        await tab.setViewportSize({ width: w, height: h });
        const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
        await tab.setContent(
          `<body style="margin:0;background:#fff"><img style="display:block;width:${w}px;height:${h}px" src="${source}"></body>`,
          {
            waitUntil: 'load',
          },
        );
        return new Blob([new Uint8Array(await tab.screenshot({ type: 'png' }))], { type: 'image/png' });
      });
      queue = drawn.catch(() => undefined);
      return drawn;
    },
    async close() {
      if (started) await (await started.catch(() => undefined))?.close();
    },
  };
}

import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The names a Chromium goes by on a `PATH` (Debian's package, other distributions, Chrome itself). */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** How long a print may take before it is given up (a browser that hangs). */
const PRINT_TIMEOUT_MS = 120_000;

/** Thrown when no Chromium is found to print with. */
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
export async function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): Promise<string | undefined> {
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

/**
 * Prints an HTML page to PDF with the system's Chromium, headless, at 100 %
 * and with the page's own sizes (`@page`): the report's landscape and portrait
 * pages come out as it lays them out. The page is written to a temporary
 * folder that is removed afterwards; the browser gets a profile of its own
 * there and is stopped after two minutes.
 *
 * @example
 * const pdf = await printWithChromium('<!doctype html><p>Hallo</p>');
 */
export async function printWithChromium(
  html: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Uint8Array> {
  const browser = await findChromium(env);
  if (!browser) throw new NoBrowserError();
  const dir = await mkdtemp(join(tmpdir(), 'veranderlogica-pdf-'));
  try {
    const page = join(dir, 'rapport.html');
    const pdf = join(dir, 'rapport.pdf');
    await writeFile(page, html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ];
    // Chromium's sandbox does not run as root (containers, CI); the page is the report itself, without scripts.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    await new Promise<void>((resolve, reject) =>
      execFile(browser, args, { timeout: PRINT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error) =>
        error ? reject(new Error(error.message)) : resolve(),
      ),
    );
    return new Uint8Array(await readFile(pdf));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../../../scripts/chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
let server: PreviewServer | undefined;

/** Builds the editor as it ships and serves it on localhost for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error("The end-to-end tests need Debian's Chromium at /usr/bin/chromium: apt-get install chromium (.ci/run does this).");
  }
  // Built as it ships: vitest runs with NODE_ENV=test, under which Vite would build React's development bundle and
  // leave out what only the production build does (the service worker's registration).
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = before;
  }
  server = await preview({
    root,
    configFile: `${root}vite.config.ts`,
    preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not start');
  project.provide('baseURL', url);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}

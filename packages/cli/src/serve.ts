import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Language, Localized } from '@veranderlogica/core';
import { readText } from './files.js';
import { MESSAGES, say } from './messages.js';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly data: string;
  readonly editor: string | undefined;
  /** Addresses of reverse proxies whose `X-Forwarded-For` names the client. */
  readonly trustProxy?: readonly string[];
  /** A plan to open a room from as soon as the server runs. */
  readonly plan: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly lang: Language;
  readonly print: (text: string) => void;
  /** Stops the server when it settles; without it, Ctrl+C (SIGINT) or SIGTERM does. */
  readonly until?: Promise<unknown>;
}

/** The built editor next to this package in the repository (apps/editor/dist), when it has been built. */
function defaultEditor(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dist = join(dirname(require.resolve('@veranderlogica/editor/package.json')), 'dist');
    return existsSync(join(dist, 'index.html')) ? dist : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `veranderlogica serve`: the editor and the live room on one port.
 *
 * @example
 * await serve({ port: 1234, host: '127.0.0.1', data: './data', editor: undefined, plan: 'plan.json', env: process.env, lang: 'nl', print: console.log });
 */
export async function serve(options: ServeOptions): Promise<number> {
  const { lang } = options;
  // The plan is read first: one that cannot be read is said, and no server is left running.
  const planText = options.plan === undefined ? undefined : await readText(options.plan, lang);
  const { startRoomServer } = await import('@veranderlogica/server');
  const editorDir = options.editor ? resolve(options.editor) : defaultEditor();
  const server = await startRoomServer({
    port: options.port,
    host: options.host,
    data: options.data,
    databaseUrl: options.env.DATABASE_URL,
    redisUrl: options.env.REDIS_URL,
    createKey: options.env.VERANDERLOGICA_KEY,
    trustProxy: options.trustProxy ?? [],
    editorDir,
    quiet: true,
  });
  const storage = options.env.DATABASE_URL ? 'PostgreSQL' : `SQLite (${resolve(options.data, 'rooms.sqlite')})`;
  options.print(say('serveRunning', { url: server.url, storage, redis: options.env.REDIS_URL ? 'yes' : 'no' }, lang) + '\n');
  // The key that opens rooms: in the editor's address, so the facilitator opens rooms from there.
  if (server.createKey) options.print(say('serveKey', { key: server.createKey, url: server.url }, lang) + '\n');
  if (!editorDir) options.print(MESSAGES.serveNoEditor[lang] + '\n');
  if (options.plan !== undefined) {
    const response = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      body: planText,
      headers: server.createKey ? { 'x-veranderlogica-key': server.createKey } : {},
    });
    const body = (await response.json()) as {
      room?: string;
      code?: string;
      token?: string;
      viewerToken?: string;
      error?: Localized;
      errors?: Localized[];
    };
    if (response.status !== 201 || !body.room) {
      const reasons = [body.error, ...(body.errors ?? [])].filter((reason) => reason !== undefined);
      options.print(reasons.map((reason) => `  ${reason[lang]}`).join('\n') + '\n');
      await server.close();
      return 1;
    }
    const links = {
      plan: options.plan,
      code: body.code ?? '',
      url: server.url,
      room: body.room,
      token: body.token ?? '',
      viewer: body.viewerToken ?? '',
    };
    options.print(say('serveRoom', links, lang) + '\n');
  }
  await (options.until ??
    new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    }));
  await server.close();
  options.print(MESSAGES.serveStopped[lang] + '\n');
  return 0;
}

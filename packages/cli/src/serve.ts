import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Language } from '@veranderlogica/core';

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
  const nl = options.lang === 'nl';
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
  options.print(
    nl
      ? `Veranderlogica draait op ${server.url}\n  opslag: ${storage}${options.env.REDIS_URL ? ', Redis tussen processen' : ''}\n`
      : `Veranderlogica runs at ${server.url}\n  storage: ${storage}${options.env.REDIS_URL ? ', Redis between processes' : ''}\n`,
  );
  if (server.createKey) {
    // The key that opens rooms: in the editor's address, so the facilitator opens rooms from there.
    options.print(
      nl
        ? `  ruimtes openen vraagt deze sleutel: ${server.createKey}\n  editor met sleutel: ${server.url}/?key=${server.createKey}\n`
        : `  opening rooms needs this key: ${server.createKey}\n  editor with the key: ${server.url}/?key=${server.createKey}\n`,
    );
  }
  if (!editorDir) {
    options.print(
      nl
        ? '  (de editor is nog niet gebouwd: npm run build -w @veranderlogica/editor; alleen de ruimtes draaien)\n'
        : '  (the editor has not been built: npm run build -w @veranderlogica/editor; only the rooms run)\n',
    );
  }
  if (options.plan) {
    const { readFile } = await import('node:fs/promises');
    const response = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      body: await readFile(options.plan, 'utf8'),
      headers: server.createKey ? { 'x-veranderlogica-key': server.createKey } : {},
    });
    const body = (await response.json()) as {
      room?: string;
      code?: string;
      token?: string;
      viewerToken?: string;
      errors?: { nl: string; en: string }[];
    };
    if (response.status !== 201 || !body.room) {
      options.print((body.errors ?? []).map((error) => `  ${nl ? error.nl : error.en}`).join('\n') + '\n');
      await server.close();
      return 1;
    }
    options.print(
      [
        nl ? `Ruimte geopend uit ${options.plan}` : `Room opened from ${options.plan}`,
        `  ${nl ? 'code voor deelnemers' : 'code for participants'}: ${body.code}   (${server.url}/?join=${body.code})`,
        `  facilitator: ${server.url}/?room=${body.room}#token=${body.token}`,
        `  ${nl ? 'scherm (beamer)' : 'screen (projector)'}: ${server.url}/?room=${body.room}&screen#token=${body.viewerToken}`,
        '',
      ].join('\n'),
    );
  }
  await (options.until ??
    new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    }));
  await server.close();
  options.print(nl ? 'Gestopt; alle ruimtes zijn opgeslagen.\n' : 'Stopped; every room has been stored.\n');
  return 0;
}

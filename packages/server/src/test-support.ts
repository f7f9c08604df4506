import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, afterEach } from 'vitest';
import { History, serializeDocument, type Document, type Operation } from '@veranderlogica/core';
import { SharedDocument, type BallotNews, type RoomCommand, type RoomCommandAnswer } from '@veranderlogica/core/sync';
import * as Y from 'yjs';
import { startRoomServer, type RoomServer, type RoomServerOptions } from './server.js';

/** Waits until `check` holds, polling; throws with `what` after `timeout` ms. */
export async function until(check: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One person in a room, as a Node client: a Yjs replica over a Hocuspocus provider, with their own undo. */
export class Client {
  readonly ydoc = new Y.Doc();
  readonly shared: SharedDocument;
  readonly provider: HocuspocusProvider;
  history: History | undefined;
  synced = false;
  /** The server closed the connection (e.g. a refused message). */
  closed = false;
  failed: string | undefined;
  readonly answers: RoomCommandAnswer[] = [];
  /** What the server told everyone (how many have voted). */
  readonly news: BallotNews[] = [];
  /** Every message this client received, as it came over the wire. */
  readonly raw: Uint8Array[] = [];
  #next = 1;

  constructor(url: string, room: string, token: string, name = 'client') {
    this.shared = new SharedDocument(this.ydoc, { voter: name });
    this.provider = new HocuspocusProvider({
      url: url.replace(/^http/, 'ws'),
      name: room,
      token,
      document: this.ydoc,
      onSynced: () => {
        this.synced = true;
      },
      onClose: () => {
        this.closed = true;
      },
      onAuthenticationFailed: ({ reason }) => {
        this.failed = reason;
      },
      onStateless: ({ payload }) => {
        const message = JSON.parse(payload) as RoomCommandAnswer | BallotNews;
        if ('answer' in message) this.answers.push(message);
        else this.news.push(message);
      },
    });
    this.provider.on('message', ({ event }: { event: MessageEvent }) => {
      const data: unknown = event.data;
      if (data instanceof ArrayBuffer) this.raw.push(new Uint8Array(data));
      else if (data instanceof Uint8Array) this.raw.push(data);
      else if (typeof data === 'string') this.raw.push(new TextEncoder().encode(data));
    });
    this.ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === this.shared.origin || !this.shared.loaded) return;
      const document = this.shared.read();
      if (this.history) this.history.receive(document);
      else this.#startHistory(document);
    });
  }

  #startHistory(document: Document): void {
    this.history = new History(document);
    this.history.subscribe((change) => {
      if (change.cause !== 'remote') this.shared.commit(change.changes, change.document);
    });
  }

  async ready(): Promise<this> {
    await until(() => this.synced || this.failed !== undefined, 'sync');
    if (this.failed) throw new Error(`refused: ${this.failed}`);
    if (!this.history) this.#startHistory(this.shared.read());
    return this;
  }

  apply(operation: Operation | readonly Operation[]): void {
    this.history!.apply(operation);
  }

  get document(): Document {
    return this.shared.read();
  }

  get text(): string {
    return serializeDocument(this.shared.read());
  }

  /** Sends a participant's command (under a key, to be carried out once) and waits for the server's answer. */
  async command(command: RoomCommand, key?: string): Promise<RoomCommandAnswer> {
    const id = this.#next++;
    this.provider.sendStateless(JSON.stringify({ version: 1, id, command, ...(key === undefined ? {} : { key }) }));
    await until(() => this.answers.some((answer) => answer.answer === id), `answer ${id}`);
    return this.answers.find((answer) => answer.answer === id)!;
  }

  destroy(): void {
    this.provider.destroy();
  }
}

/** Opens a room from a plan over HTTP, as the editor does. */
export async function openRoom(
  url: string,
  document: Document,
): Promise<{ room: string; code: string; token: string; viewerToken: string }> {
  const response = await fetch(`${url}/api/rooms`, { method: 'POST', body: serializeDocument(document) });
  if (response.status !== 201) throw new Error(`open room: ${response.status} ${await response.text()}`);
  return (await response.json()) as { room: string; code: string; token: string; viewerToken: string };
}

/** A facilitator's request to the room API (close, reveal, remove), as the editor sends it. */
export async function facilitatorPost(url: string, room: string, token: string, action: string, body?: unknown): Promise<Response> {
  return fetch(`${url}/api/rooms/${encodeURIComponent(room)}/${action}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Joins a room with its code, as a participant's phone does. */
export async function joinRoom(url: string, code: string, name = ''): Promise<{ room: string; token: string }> {
  const response = await fetch(`${url}/api/join`, { method: 'POST', body: JSON.stringify({ code, name }) });
  if (response.status !== 200) throw new Error(`join: ${response.status} ${await response.text()}`);
  return (await response.json()) as { room: string; token: string };
}

/**
 * Room servers and clients for one test file, each on a port of its own and a data folder of its own, closed after
 * every test and their folders removed after the file.
 *
 * @example
 * const { start, connect, dataDirectory } = roomServers('vl-ballot-');
 * const server = await start();
 */
export function roomServers(prefix: string) {
  const directories: string[] = [];
  const servers: RoomServer[] = [];
  const clients: Client[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close().catch(() => undefined);
  });
  afterAll(() => {
    for (const directory of directories) rmSync(directory, { recursive: true, force: true });
  });
  const dataDirectory = (): string => {
    const directory = mkdtempSync(join(tmpdir(), prefix));
    directories.push(directory);
    return directory;
  };
  return {
    dataDirectory,
    /** A server on a fresh data folder (or `options.data`), quiet, storing 50 ms after a change. */
    start: async (options: RoomServerOptions = {}): Promise<RoomServer> => {
      const server = await startRoomServer({ port: 0, data: dataDirectory(), quiet: true, storeDelay: 50, ...options });
      servers.push(server);
      return server;
    },
    /** Closes a server before the test ends (to start another on its data). */
    stop: async (server: RoomServer): Promise<void> => {
      servers.splice(servers.indexOf(server), 1);
      await server.close();
    },
    connect: async (server: RoomServer, room: string, token: string, name = 'c'): Promise<Client> => {
      const client = new Client(server.url, room, token, name);
      clients.push(client);
      return client.ready();
    },
  };
}

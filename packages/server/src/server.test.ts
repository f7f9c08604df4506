import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createNode, parseDocument, serializeDocument, WorkshopSchema, type Document } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { readInbox, writeRoomState } from '@veranderlogica/core/sync';
import { startRoomServer, type RoomServer } from './server.js';
import { signToken } from './tokens.js';
import { Client, joinRoom, openRoom, until } from './test-support.js';

const directories: string[] = [];
const servers: RoomServer[] = [];
const clients: Client[] = [];

function dataDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'vl-server-'));
  directories.push(directory);
  return directory;
}

async function start(data = dataDirectory()): Promise<RoomServer> {
  const server = await startRoomServer({ port: 0, data, quiet: true, storeDelay: 50 });
  servers.push(server);
  return server;
}

async function connect(server: RoomServer, room: string, token: string, name = 'c'): Promise<Client> {
  const client = new Client(server.url, room, token, name);
  clients.push(client);
  return client.ready();
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close().catch(() => undefined);
});
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

const plan = (): Document => strategyPlan(3);

describe('room server: tokens and roles', () => {
  it('opens a room from a plan and gives the facilitator a plan that reads back the same', async () => {
    const server = await start();
    const { room, code, token } = await openRoom(server.url, plan());
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const facilitator = await connect(server, room, token);
    expect(facilitator.text).toBe(serializeDocument({ ...plan(), workshop: facilitator.document.workshop }));
  });

  it('refuses a file that is not a veranderlogica, saying why', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: '{"format":"veranderlogica","version":2}' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { nl: string }[] };
    expect(body.errors.length).toBeGreaterThan(0);
  });

  it('a participant cannot change the plan; a viewer’s edit reaches no one; the facilitator’s does', async () => {
    const server = await start();
    const opened = await openRoom(server.url, plan());
    const facilitator = await connect(server, opened.room, opened.token, 'f');
    const participant = await connect(server, opened.room, (await joinRoom(server.url, opened.code, 'Tafel 3')).token, 'p');
    const viewer = await connect(server, opened.room, opened.viewerToken, 'v');
    const first = facilitator.document.nodes[0]!.id;
    const second = facilitator.document.nodes[1]!.id;
    const titleOf = (client: Client, id: string) => client.document.nodes.find((node) => node.id === id)?.title;
    // A participant's and a viewer's own replicas may change locally, but the server drops their updates.
    participant.apply({ type: 'updateNode', id: first, changes: { title: 'Van de deelnemer' } });
    viewer.apply({ type: 'removeNode', id: first });
    facilitator.apply({ type: 'updateNode', id: second, changes: { title: 'Van de facilitator' } });
    const third = await connect(server, opened.room, (await joinRoom(server.url, opened.code, 'Tafel 4')).token, 'p2');
    await until(() => titleOf(third, second) === 'Van de facilitator', 'the facilitator’s edit');
    expect(third.document.nodes[0]!.id).toBe(first);
    expect(titleOf(third, first)).not.toBe('Van de deelnemer');
    await until(() => titleOf(viewer, second) === 'Van de facilitator', 'the edit at the viewer');
    expect(titleOf(facilitator, first)).not.toBe('Van de deelnemer');
  });

  it('refuses forged, expired and wrong-room tokens, and a code once the room is closed', async () => {
    const server = await start();
    const a = await openRoom(server.url, plan());
    const b = await openRoom(server.url, plan());
    const forged = signToken(Buffer.alloc(32, 7), { room: a.room, role: 'facilitator', expires: Date.now() + 60_000, id: 'x', name: '' });
    await expect(connect(server, a.room, forged)).rejects.toThrow(/refused/);
    await expect(connect(server, a.room, b.token)).rejects.toThrow(/refused/);
    await expect(
      connect(
        server,
        a.room,
        a.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).rejects.toThrow(/refused/);
    // A token issued 13 hours ago (by a server whose clock says so, on the same store and secret) has expired.
    const shared = dataDirectory();
    const past = await startRoomServer({ port: 0, data: shared, quiet: true, now: () => Date.now() - 13 * 3_600_000 });
    const old = await openRoom(past.url, plan());
    await past.close();
    const later = await start(shared);
    await expect(connect(later, old.room, old.token)).rejects.toThrow(/refused/);
    // Closing: the code stops working, a participant's token too; the facilitator can still come in.
    const close = await fetch(`${server.url}/api/rooms/${a.room}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.token}` },
    });
    expect(close.status).toBe(200);
    const refused = await fetch(`${server.url}/api/join`, { method: 'POST', body: JSON.stringify({ code: a.code }) });
    expect(refused.status).toBe(410);
    const notFacilitator = await fetch(`${server.url}/api/rooms/${b.room}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.token}` },
    });
    expect(notFacilitator.status).toBe(403);
    await connect(server, a.room, a.token);
  });

  it('carries out participants’ commands: cards to the inbox, dots within the budget while voting is open', async () => {
    const server = await start();
    const opened = await openRoom(server.url, { ...plan(), workshop: WorkshopSchema.parse({ step: 'interventions' }) });
    const facilitator = await connect(server, opened.room, opened.token, 'f');
    const participant = await connect(server, opened.room, (await joinRoom(server.url, opened.code, 'Tafel 3')).token, 'p');
    expect(await participant.command({ type: 'addCard', title: 'Voorlichting op school' })).toEqual({ answer: 1, ok: true });
    await until(() => readInbox(facilitator.ydoc).length === 1, 'the card in the inbox');
    expect(readInbox(facilitator.ydoc)[0]).toMatchObject({ title: 'Voorlichting op school', author: 'Tafel 3' });
    const card = facilitator.document.nodes.find((node) => node.kind === 'intervention')!.id;
    const refused = await participant.command({ type: 'vote', card, delta: 1 });
    expect(refused.ok).toBe(false);
    // Open voting (the facilitator's choice): dots in the plan, per voter. The secret ballot is in ballot.test.ts.
    writeRoomState(facilitator.ydoc, { voting: 'open', ballot: 'open' });
    await until(() => participant.ydoc.getMap('room').get('voting') === 'open', 'voting open at the participant');
    for (let i = 0; i < 3; i++) expect((await participant.command({ type: 'vote', card, delta: 1 })).ok).toBe(true);
    const over = await participant.command({ type: 'vote', card, delta: 1 });
    expect(over.ok).toBe(false);
    expect(!over.ok && over.reason.nl).toMatch(/stippen/);
    await until(() => facilitator.document.workshop?.votes[card] === 3, 'three dots at the facilitator');
    // Locked by the facilitator: nothing goes in until the lock is off.
    writeRoomState(facilitator.ydoc, { locked: true });
    await until(() => participant.ydoc.getMap('room').get('locked') === true, 'the lock at the participant');
    const locked = await participant.command({ type: 'addCard', title: 'Tijdens het slot' });
    expect(!locked.ok && locked.reason.en).toMatch(/locked/);
    writeRoomState(facilitator.ydoc, { locked: false });
    await until(() => participant.ydoc.getMap('room').get('locked') === false, 'the lock off');
    expect((await participant.command({ type: 'vote', card, delta: -1 })).ok).toBe(true);
    await until(() => facilitator.document.workshop?.votes[card] === 2, 'a dot taken back');
    // A malformed or unknown command is refused with a reason, not a crash.
    participant.provider.sendStateless('{"version":1,"id":99,"command":{"type":"deleteEverything"}}');
    await until(() => participant.answers.some((a) => a.answer === 99 && !a.ok), 'a refusal');
  });

  it('limits: a message over 1 MiB is refused, and commands are rate-limited', async () => {
    const server = await start();
    const opened = await openRoom(server.url, plan());
    const participant = await connect(server, opened.room, (await joinRoom(server.url, opened.code, 'x')).token, 'p');
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => participant.command({ type: 'addCard', title: `kaart ${i}` })));
    expect(answers.filter((answer) => !answer.ok).length).toBeGreaterThanOrEqual(10);
    const facilitator = await connect(server, opened.room, opened.token, 'f');
    const disconnected = new Promise<void>((resolve) => facilitator.provider.on('close', () => resolve()));
    facilitator.apply({ type: 'updateDocument', changes: { description: 'x'.repeat(15_000) } });
    facilitator.apply(
      Array.from({ length: 80 }, (_, i) => ({
        type: 'addNode' as const,
        node: createNode('intervention', { id: `big-${i}`, title: 't', description: 'y'.repeat(15_000) }),
      })),
    );
    await disconnected;
    const reader = await connect(server, opened.room, opened.viewerToken, 'v');
    expect(reader.document.nodes.some((node) => node.id.startsWith('big-'))).toBe(false);
  });
});

describe('room server: the format’s limits', () => {
  it('refuses a change that would take the room past its card limit, and the others never see it', async () => {
    const server = await startRoomServer({ port: 0, data: dataDirectory(), quiet: true, maxNodes: 100 });
    servers.push(server);
    const opened = await openRoom(server.url, plan());
    const facilitator = await connect(server, opened.room, opened.token, 'f');
    const before = facilitator.document.nodes.length;
    expect(before).toBeLessThan(100);
    facilitator.apply(
      Array.from({ length: 70 }, (_, i) => ({
        type: 'addNode' as const,
        node: createNode('outcome', { id: `extra-${i}`, title: `Extra ${i}` }),
      })),
    );
    await until(() => facilitator.closed, 'the refusal');
    // A co-facilitator's small edit, made after the refusal, arrives; the 70 cards never do.
    const co = await connect(server, opened.room, opened.token, 'co');
    co.apply({ type: 'updateDocument', changes: { description: 'na de weigering' } });
    const reader = await connect(server, opened.room, opened.viewerToken, 'v');
    await until(() => reader.document.description === 'na de weigering', 'the later edit');
    expect(reader.document.nodes.length).toBe(before);
  });
});

describe('room server: storage', () => {
  it('keeps a room across a restart (SQLite), and what is stored parses', async () => {
    const data = dataDirectory();
    let server = await start(data);
    const opened = await openRoom(server.url, plan());
    const facilitator = await connect(server, opened.room, opened.token, 'f');
    facilitator.apply({ type: 'addNode', node: createNode('goal', { id: 'goal-after', title: 'Na de herstart' }) });
    await until(() => facilitator.provider.unsyncedChanges === 0, 'the edit at the server');
    facilitator.destroy();
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    server = await start(data);
    const again = await connect(server, opened.room, opened.token, 'f2');
    expect(again.document.nodes.some((node) => node.id === 'goal-after')).toBe(true);
    const response = await fetch(`${server.url}/api/rooms/${opened.room}/document`, {
      headers: { authorization: `Bearer ${opened.token}` },
    });
    const stored = parseDocument(await response.text());
    expect(stored.ok).toBe(true);
    expect(stored.ok && stored.document.nodes.some((node) => node.id === 'goal-after')).toBe(true);
  });
});

describe('room server: what probes get', () => {
  it('answers a malformed address with 400, and every answer with the security headers', async () => {
    const server = await start();
    const malformed = await fetch(`${server.url}/api/rooms/%E0%A4%A`);
    expect(malformed.status).toBe(400);
    const health = await fetch(`${server.url}/api/health`);
    for (const response of [malformed, health]) {
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('routes the API by method and path: an unknown one is 404 with its code, a wrong method too, a POST elsewhere is 405', async () => {
    const server = await start();
    const unknown = await fetch(`${server.url}/api/rooms/x/explode`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'notFound', error: { nl: 'Niet gevonden.', en: 'Not found.' } });
    expect((await fetch(`${server.url}/api/rooms`)).status).toBe(404); // GET on a POST route
    expect((await fetch(`${server.url}/api/time`, { method: 'DELETE' })).status).toBe(404);
    expect((await fetch(`${server.url}/elders`, { method: 'POST' })).status).toBe(405);
    // No editor built into this server: its pages are 404, never Hocuspocus's greeting.
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('Hocuspocus');
    // A room's address is decoded once: a room id with a slash in it names no room, it does not reach another route.
    const slash = await fetch(`${server.url}/api/rooms/a%2Fclose`, { headers: { authorization: 'Bearer x' } });
    expect(slash.status).toBe(403);
    // A malformed Origin is a foreign page, not a crash.
    const odd = await fetch(`${server.url}/api/time`, { headers: { origin: 'not a url' } });
    expect(odd.status).toBe(403);
  });

  it('is Hocuspocus with one extension per concern', async () => {
    const server = await start();
    const names = server.server.hocuspocus.configuration.extensions.map((extension) => extension.extensionName);
    expect(names).toEqual(
      expect.arrayContaining([
        'veranderlogica-signals',
        'veranderlogica-authentication',
        'veranderlogica-limits',
        'veranderlogica-storage',
        'veranderlogica-commands',
        'veranderlogica-rooms-api',
        'veranderlogica-editor',
      ]),
    );
    // The API answers before the editor's catch-all.
    expect(names.indexOf('veranderlogica-rooms-api')).toBeLessThan(names.indexOf('veranderlogica-editor'));
  });

  it('refuses a page elsewhere that opens a room or joins one, and lets the server’s own page', async () => {
    const server = await start();
    const elsewhere = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { origin: 'https://kwaadwillend.example' },
      body: serializeDocument(plan()),
    });
    expect(elsewhere.status).toBe(403);
    const join = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { origin: 'null' }, body: '{"code":"ABCDEF"}' });
    expect(join.status).toBe(403);
    const own = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { origin: server.url },
      body: serializeDocument(plan()),
    });
    expect(own.status).toBe(201);
  });

  it('limits how many rooms one address opens a minute', async () => {
    const server = await start();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await fetch(`${server.url}/api/rooms`, { method: 'POST', body: serializeDocument(plan()) })).status);
    expect(statuses.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('cuts off a body that trickles in, instead of holding it', async () => {
    const server = await startRoomServer({ port: 0, data: dataDirectory(), quiet: true, requestTimeoutMs: 500 });
    servers.push(server);
    const { request } = await import('node:http');
    const outcome = await new Promise<string>((settle) => {
      const slow = request(`${server.url}/api/join`, { method: 'POST', headers: { 'content-length': '1000' } }, (response) =>
        settle(`status ${response.statusCode}`),
      );
      slow.on('error', () => settle('closed'));
      slow.on('close', () => settle('closed'));
      slow.write('{"co');
      // The rest never comes.
    });
    expect(['status 408', 'closed']).toContain(outcome);
  });

  it('needs a key to open a room when it listens beyond this computer, and makes one when none is given', async () => {
    const server = await startRoomServer({ port: 0, host: '0.0.0.0', data: dataDirectory(), quiet: true });
    servers.push(server);
    expect(server.createKey).toMatch(/^[\w-]{24}$/);
    const without = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: serializeDocument(plan()) });
    expect(without.status).toBe(403);
    expect(((await without.json()) as { needsKey?: boolean }).needsKey).toBe(true);
    const withKey = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { 'x-veranderlogica-key': server.createKey! },
      body: serializeDocument(plan()),
    });
    expect(withKey.status).toBe(201);
    // On this computer only, no key is needed unless one is given.
    expect((await start()).createKey).toBeUndefined();
  });

  it('closes a WebSocket that shows no token in time, and keeps one that does', async () => {
    const server = await startRoomServer({ port: 0, data: dataDirectory(), quiet: true, authTimeoutMs: 300 });
    servers.push(server);
    const { room, token } = await openRoom(server.url, plan());
    const facilitator = await connect(server, room, token);
    const silent = new WebSocket(server.url.replace('http', 'ws'));
    const closed = await new Promise<boolean>((settle) => {
      silent.addEventListener('close', () => settle(true));
      silent.addEventListener('error', () => settle(true));
    });
    expect(closed).toBe(true);
    // Well past the time, the facilitator's connection still carries changes.
    await until(() => facilitator.document.nodes.length > 0, 'the facilitator’s plan');
    expect(server.server.hocuspocus.getConnectionsCount()).toBe(1);
  });

  it('reads a Redis URL whole: database, user, password and TLS', async () => {
    const { redisConfiguration } = await import('./server.js');
    expect(redisConfiguration('rediss://kamer:geheim%21@redis.example:6380/3')).toEqual({
      host: 'redis.example',
      port: 6380,
      options: { lazyConnect: false, db: 3, username: 'kamer', password: 'geheim!', tls: {} },
    });
    expect(redisConfiguration('redis://127.0.0.1:6379')).toEqual({ host: '127.0.0.1', port: 6379, options: { lazyConnect: false } });
  });
});

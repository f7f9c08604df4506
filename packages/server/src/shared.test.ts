import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createNode, WorkshopSchema } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { readInbox, readRoomState, writeRoomState } from '@veranderlogica/core/sync';
import { startRoomServer, type RoomServer } from './server.js';
import { GUESS_LIMIT } from './server.js';
import { Client, facilitatorPost, joinRoom, openRoom, until } from './test-support.js';

// CI sets these (.ci/run starts PostgreSQL and Redis when they do not answer).
const DATABASE_URL = process.env.VL_TEST_DATABASE_URL;
const REDIS_URL = process.env.VL_TEST_REDIS_URL;

const servers: RoomServer[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close().catch(() => undefined);
});

describe.skipIf(!DATABASE_URL || !REDIS_URL)('two server processes sharing PostgreSQL and Redis', () => {
  const schema = `vl_test_${process.pid}_${Date.now().toString(36)}`;
  const start = async (guessDelayMs = 1) => {
    const server = await startRoomServer({
      guessDelayMs,
      port: 0,
      databaseUrl: DATABASE_URL,
      databaseSchema: schema,
      redisUrl: REDIS_URL,
      quiet: true,
      storeDelay: 50,
    });
    servers.push(server);
    return server;
  };
  const connect = async (server: RoomServer, room: string, token: string, name: string) => {
    const client = new Client(server.url, room, token, name);
    clients.push(client);
    return client.ready();
  };

  afterEach(async () => {
    // The processes stop (storing what they hold) before their schema goes: after hooks run innermost first.
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close().catch(() => undefined);
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('clients on different processes converge, a participant on one reaches the facilitator on the other, and stopping one process loses nothing', async () => {
    const one = await start();
    const two = await start();
    // Opened on one process, joined through the other: the code and the secret live in the shared database.
    const opened = await openRoom(one.url, { ...strategyPlan(2), workshop: WorkshopSchema.parse({ step: 'interventions' }) });
    const facilitator = await connect(one, opened.room, opened.token, 'f');
    const { token } = await joinRoom(two.url, opened.code, 'Tafel 2');
    const participant = await connect(two, opened.room, token, 'p');
    const screen = await connect(two, opened.room, opened.viewerToken, 'v');

    facilitator.apply({ type: 'addNode', node: createNode('goal', { id: 'goal-one', title: 'Op proces één' }) });
    await until(() => screen.document.nodes.some((node) => node.id === 'goal-one'), 'the edit on the other process');
    expect((await participant.command({ type: 'addCard', title: 'Via proces twee' })).ok).toBe(true);
    await until(() => readInbox(facilitator.ydoc).some((card) => card.title === 'Via proces twee'), 'the card at the facilitator');
    await until(() => screen.text === facilitator.text, 'the same document everywhere');

    // Process one stops (it stores what it has); the room lives on at process two and in the database.
    facilitator.destroy();
    await one.close();
    servers.splice(servers.indexOf(one), 1);
    const again = await connect(two, opened.room, opened.token, 'f2');
    expect(again.document.nodes.some((node) => node.id === 'goal-one')).toBe(true);
    again.apply({ type: 'updateNode', id: 'goal-one', changes: { title: 'Na het stoppen' } });
    await until(() => again.provider.unsyncedChanges === 0, 'the edit at process two');
    const three = await start();
    const late = await connect(three, opened.room, opened.viewerToken, 'late');
    await until(() => late.document.nodes.find((node) => node.id === 'goal-one')?.title === 'Na het stoppen', 'the edit at a new process');

    // Every process stops; a new one reads the room back from PostgreSQL alone.
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    const four = await start();
    const restored = await connect(four, opened.room, opened.viewerToken, 'restored');
    expect(restored.document.nodes.find((node) => node.id === 'goal-one')?.title).toBe('Na het stoppen');
    expect(readInbox(restored.ydoc).map((card) => card.title)).toEqual(['Via proces twee']);
  });

  it('lock, step, a secret ballot’s reveal, removing a participant and closing the room all reach a participant on the other process', async () => {
    const one = await start();
    const two = await start();
    const opened = await openRoom(one.url, { ...strategyPlan(2), workshop: WorkshopSchema.parse({ step: 'interventions' }) });
    const facilitator = await connect(one, opened.room, opened.token, 'f');
    const anna = await joinRoom(two.url, opened.code, 'Anna');
    const bram = await joinRoom(two.url, opened.code, 'Bram');
    const a = await connect(two, opened.room, anna.token, 'a');
    const b = await connect(two, opened.room, bram.token, 'b');

    writeRoomState(facilitator.ydoc, { locked: true });
    await until(() => readRoomState(a.ydoc).locked, 'the lock on process two');
    expect((await a.command({ type: 'addCard', title: 'Op slot' })).ok).toBe(false);
    writeRoomState(facilitator.ydoc, { locked: false });
    facilitator.apply({ type: 'updateWorkshop', changes: { step: 'prioritise' } });
    await until(() => a.document.workshop?.step === 'prioritise' && !readRoomState(a.ydoc).locked, 'the step on process two');
    expect((await a.command({ type: 'addCard', title: 'In stap 5' })).ok).toBe(false);

    // A secret ballot on process two, revealed from process one: the totals reach everyone, the dots no one.
    const card = facilitator.document.nodes.find((node) => node.kind === 'intervention')!.id;
    writeRoomState(facilitator.ydoc, { voting: 'open' });
    await until(() => readRoomState(a.ydoc).voting === 'open', 'voting open on process two');
    expect((await a.command({ type: 'vote', card, delta: 1 })).ok).toBe(true);
    expect((await b.command({ type: 'vote', card, delta: 1 })).ok).toBe(true);
    await until(() => facilitator.news.at(-1)?.voters === 2, 'the count on process one');
    expect(facilitator.ydoc.getMap('votes').size).toBe(0);
    expect((await facilitatorPost(one.url, opened.room, opened.token, 'reveal')).status).toBe(200);
    await until(() => a.document.workshop?.votes[card] === 2, 'the totals on process two');

    // Removed on process one: Anna's connection on process two ends, and her token opens nothing anywhere.
    const annaId = JSON.parse(Buffer.from(anna.token.split('.')[0]!, 'base64url').toString('utf8')).id as string;
    expect((await facilitatorPost(one.url, opened.room, opened.token, 'remove', { person: annaId })).status).toBe(200);
    await until(() => a.closed, 'Anna gone from process two');
    const back = new Client(two.url, opened.room, anna.token, 'back');
    clients.push(back);
    await expect(back.ready()).rejects.toThrow();
    expect(b.closed).toBe(false);

    // Closed on process one: Bram on process two leaves at once.
    expect((await facilitatorPost(one.url, opened.room, opened.token, 'close')).status).toBe(200);
    await until(() => b.closed, 'Bram gone from process two');
    expect(facilitator.closed).toBe(false);
  });

  it('carries out a command once when the phone sends it again through the other process (a lost answer, a reconnect)', async () => {
    const one = await start();
    const two = await start();
    const opened = await openRoom(one.url, { ...strategyPlan(2), workshop: WorkshopSchema.parse({ step: 'interventions' }) });
    const facilitator = await connect(one, opened.room, opened.token, 'f');
    const anna = await joinRoom(one.url, opened.code, 'Anna');
    const first = await connect(one, opened.room, anna.token, 'a1');
    expect((await first.command({ type: 'addCard', title: 'Onderweg verloren' }, 'verloren-antwoord-1')).ok).toBe(true);
    first.destroy();
    const second = await connect(two, opened.room, anna.token, 'a2');
    expect(await second.command({ type: 'addCard', title: 'Onderweg verloren' }, 'verloren-antwoord-1')).toMatchObject({ duplicate: true });
    writeRoomState(facilitator.ydoc, { shareIdeas: true });
    await until(() => readRoomState(second.ydoc).shareIdeas, 'sharing on process two');
    const bram = await joinRoom(two.url, opened.code, 'Bram');
    const b1 = await connect(one, opened.room, bram.token, 'b1');
    const b2 = await connect(two, opened.room, bram.token, 'b2');
    const card = readInbox(facilitator.ydoc)[0]!.id;
    const answers = await Promise.all([b1.command({ type: 'support', card }), b2.command({ type: 'support', card })]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    await until(() => readInbox(facilitator.ydoc)[0]?.support === 1, 'one +1');
    expect(readInbox(facilitator.ydoc)).toHaveLength(1);
  });

  it('counts wrong codes across processes: two processes do not double what one address may guess', async () => {
    const one = await start();
    const two = await start();
    const guess = (server: RoomServer) => fetch(`${server.url}/api/join`, { method: 'POST', body: '{"code":"ZZZZZZ"}' });
    for (let i = 0; i < GUESS_LIMIT; i++) await guess(i % 2 ? one : two);
    expect((await guess(one)).status).toBe(429);
    expect((await guess(two)).status).toBe(429);
  });
});

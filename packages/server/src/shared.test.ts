import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createNode } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { readInbox } from '@veranderlogica/core/sync';
import { startRoomServer, type RoomServer } from './server.js';
import { Client, joinRoom, openRoom, until } from './test-support.js';

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
  const start = async () => {
    const server = await startRoomServer({
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
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('clients on different processes converge, a participant on one reaches the facilitator on the other, and stopping one process loses nothing', async () => {
    const one = await start();
    const two = await start();
    // Opened on one process, joined through the other: the code and the secret live in the shared database.
    const opened = await openRoom(one.url, strategyPlan(2));
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
});

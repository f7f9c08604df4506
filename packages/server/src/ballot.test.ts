import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { WorkshopSchema, type Document, type WorkshopStep } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { readInbox, writeRoomState } from '@veranderlogica/core/sync';
import { GUESS_FREE, GUESS_LIMIT, startRoomServer, type RoomServer, type RoomServerOptions } from './server.js';
import { Client, facilitatorPost, joinRoom, openRoom, until } from './test-support.js';

const directories: string[] = [];
const servers: RoomServer[] = [];
const clients: Client[] = [];

async function start(options: RoomServerOptions = {}): Promise<RoomServer> {
  const data = mkdtempSync(join(tmpdir(), 'vl-ballot-'));
  directories.push(data);
  const server = await startRoomServer({ port: 0, data, quiet: true, storeDelay: 50, ...options });
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

/** The id inside a room token (its first part is the claims as base64url JSON). */
const idOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { id: string }).id;

const at = (step: WorkshopStep): Document => ({ ...strategyPlan(3), workshop: WorkshopSchema.parse({ step }) });

async function room(step: WorkshopStep) {
  const server = await start();
  const opened = await openRoom(server.url, at(step));
  const facilitator = await connect(server, opened.room, opened.token, 'f');
  const person = async (name: string) => {
    const { token } = await joinRoom(server.url, opened.code, name);
    return { id: idOf(token), token, client: await connect(server, opened.room, token, name) };
  };
  return { server, opened, facilitator, person };
}

describe('a secret ballot', () => {
  it('keeps every voter’s dots on the server: no other participant’s replica or message holds them, and the plan gets totals at the reveal', async () => {
    const { server, opened, facilitator, person } = await room('prioritise');
    const anna = await person('Anna');
    const bram = await person('Bram');
    const [first, second] = facilitator.document.nodes.filter((node) => node.kind === 'intervention').map((node) => node.id);
    writeRoomState(facilitator.ydoc, { voting: 'open' });
    await until(
      () => anna.client.ydoc.getMap('room').get('voting') === 'open' && bram.client.ydoc.getMap('room').get('voting') === 'open',
      'voting open',
    );

    for (const card of [first!, first!, second!]) expect((await anna.client.command({ type: 'vote', card, delta: 1 })).ok).toBe(true);
    const last = await bram.client.command({ type: 'vote', card: first!, delta: 1 });
    expect(last).toMatchObject({ ok: true, mine: { [first!]: 1 } });
    // Anna's budget is spent; her answer names her own dots only.
    const over = await anna.client.command({ type: 'vote', card: second!, delta: 1 });
    expect(!over.ok && over.reason.nl).toMatch(/al je 3 stippen/);
    expect(await anna.client.command({ type: 'ballot' })).toMatchObject({ ok: true, mine: { [first!]: 2, [second!]: 1 }, voters: 2 });

    // The facilitator hears how many have voted, not for what.
    await until(() => facilitator.news.at(-1)?.voters === 2, 'two voters at the facilitator');
    // What Bram's browser holds and received: no dot of Anna's, no dot at all in the plan, her id nowhere.
    await until(() => bram.client.news.at(-1)?.voters === 2, 'the count at Bram');
    expect(bram.client.ydoc.getMap('votes').size).toBe(0);
    expect(facilitator.ydoc.getMap('votes').size).toBe(0);
    expect(bram.client.document.workshop?.votes).toEqual({});
    const received = Buffer.concat(bram.client.raw).toString('latin1');
    expect(received.length).toBeGreaterThan(1_000);
    expect(received).not.toContain(anna.id);
    expect(JSON.stringify(bram.client.answers)).not.toContain(anna.id);

    // The reveal: totals enter the plan in one change, under no one's name.
    const revealed = await facilitatorPost(server.url, opened.room, opened.token, 'reveal');
    expect(revealed.status).toBe(200);
    expect(await revealed.json()).toMatchObject({ voters: 2, totals: { [first!]: 3, [second!]: 1 } });
    await until(() => bram.client.document.workshop?.votes[first!] === 3, 'the totals at Bram');
    expect(bram.client.document.workshop?.votes).toEqual({ [first!]: 3, [second!]: 1 });
    expect(bram.client.ydoc.getMap('room').get('voting')).toBe('revealed');
    expect([...bram.client.ydoc.getMap('votes').keys()].every((key) => key.endsWith(' @ballot'))).toBe(true);
    expect(Buffer.concat(bram.client.raw).toString('latin1')).not.toContain(anna.id);

    // A participant cannot reveal; a screen may ask the count but not vote.
    expect((await facilitatorPost(server.url, opened.room, anna.token, 'reveal')).status).toBe(403);
    const screen = await connect(server, opened.room, opened.viewerToken, 'screen');
    expect(await screen.command({ type: 'ballot' })).toMatchObject({ ok: true, voters: 2 });
    expect((await screen.command({ type: 'vote', card: first!, delta: 1 })).ok).toBe(false);
  });

  it('in open voting, as the facilitator chose, keeps dots per voter in the plan, within the budget', async () => {
    const { facilitator, person } = await room('prioritise');
    const anna = await person('Anna');
    const card = facilitator.document.nodes.find((node) => node.kind === 'intervention')!.id;
    writeRoomState(facilitator.ydoc, { voting: 'open', ballot: 'open' });
    await until(() => anna.client.ydoc.getMap('room').get('ballot') === 'open', 'open voting at Anna');
    for (let i = 0; i < 3; i++) expect((await anna.client.command({ type: 'vote', card, delta: 1 })).ok).toBe(true);
    expect((await anna.client.command({ type: 'vote', card, delta: 1 })).ok).toBe(false);
    await until(() => facilitator.document.workshop?.votes[card] === 3, 'three dots in the plan');
    expect([...facilitator.ydoc.getMap('votes').keys()]).toEqual([`${card} ${anna.id}`]);
  });
});

describe('the step leads the room', () => {
  it('takes only the kinds the current step collects, and says so when it collects none', async () => {
    const { facilitator, person } = await room('problem');
    const anna = await person('Anna');
    const none = await anna.client.command({ type: 'addCard', title: 'Een idee' });
    expect(!none.ok && none.reason.nl).toMatch(/In deze stap verzamelen we geen kaarten/);
    facilitator.apply({ type: 'updateWorkshop', changes: { step: 'interventions' } });
    await until(() => anna.client.document.workshop?.step === 'interventions', 'step 3 at Anna');
    const goal = await anna.client.command({ type: 'addCard', title: 'Dertig doelen', kind: 'goal' });
    expect(!goal.ok && goal.reason.nl).toBe('In deze stap verzamelen we alleen: interventies.');
    expect((await anna.client.command({ type: 'addCard', title: 'Weerbaarheidstraining' })).ok).toBe(true);
    facilitator.apply({ type: 'updateWorkshop', changes: { step: 'mechanisms' } });
    await until(() => anna.client.document.workshop?.step === 'mechanisms', 'step 4 at Anna');
    expect((await anna.client.command({ type: 'addCard', title: 'Meer weerbaarheid', kind: 'outcome' })).ok).toBe(true);
    await until(() => readInbox(facilitator.ydoc).length === 2, 'two cards');
    expect(readInbox(facilitator.ydoc).map((card) => card.kind)).toEqual(['intervention', 'outcome']);
  });

  it('leaves names off the cards in anonymous mode', async () => {
    const { facilitator, person } = await room('interventions');
    const anna = await person('Anna');
    writeRoomState(facilitator.ydoc, { anonymous: true });
    await until(() => anna.client.ydoc.getMap('room').get('anonymous') === true, 'anonymous at Anna');
    expect((await anna.client.command({ type: 'addCard', title: 'Zonder naam' })).ok).toBe(true);
    await until(() => readInbox(facilitator.ydoc).length === 1, 'the card');
    expect(readInbox(facilitator.ydoc)[0]!.author).toBe('');
    expect(JSON.stringify(facilitator.ydoc.getMap('inbox').toJSON())).not.toContain('Anna');
  });
});

describe('participants who lose the network', () => {
  it('carries out a command sent again under its key once: a card, a dot; a refused one may be sent again', async () => {
    const { facilitator, person } = await room('interventions');
    const anna = await person('Anna');
    const key = 'kaart-een-00000001';
    expect(await anna.client.command({ type: 'addCard', title: 'Een keer' }, key)).toMatchObject({ ok: true });
    expect(await anna.client.command({ type: 'addCard', title: 'Een keer' }, key)).toMatchObject({ ok: true, duplicate: true });
    await until(() => readInbox(facilitator.ydoc).length === 1, 'the card');
    // A refused command leaves its key free: sent again once the room opens, it is carried out.
    writeRoomState(facilitator.ydoc, { locked: true });
    await until(() => anna.client.ydoc.getMap('room').get('locked') === true, 'locked at Anna');
    expect((await anna.client.command({ type: 'addCard', title: 'Later' }, 'kaart-twee-0000002')).ok).toBe(false);
    writeRoomState(facilitator.ydoc, { locked: false });
    await until(() => anna.client.ydoc.getMap('room').get('locked') === false, 'open at Anna');
    expect(await anna.client.command({ type: 'addCard', title: 'Later' }, 'kaart-twee-0000002')).toMatchObject({ ok: true });
    await until(() => readInbox(facilitator.ydoc).length === 2, 'two cards');
    // A dot in a secret ballot, sent three times: one dot.
    facilitator.apply({ type: 'updateWorkshop', changes: { step: 'prioritise' } });
    writeRoomState(facilitator.ydoc, { voting: 'open' });
    await until(() => anna.client.ydoc.getMap('room').get('voting') === 'open', 'voting at Anna');
    const card = facilitator.document.nodes.find((node) => node.kind === 'intervention')!.id;
    for (let i = 0; i < 3; i++) await anna.client.command({ type: 'vote', card, delta: 1 }, 'stip-een-00000001');
    expect(await anna.client.command({ type: 'ballot' })).toMatchObject({ mine: { [card]: 1 }, voters: 1 });
    // Keys that are not keys are refused as a whole.
    expect((await anna.client.command({ type: 'ballot' }, 'kort')).ok).toBe(false);
  });

  it('counts a +1 once per person, only while the facilitator shares the ideas, never on one’s own card', async () => {
    const { server, opened, facilitator, person } = await room('interventions');
    const anna = await person('Anna');
    const bram = await person('Bram');
    expect((await anna.client.command({ type: 'addCard', title: 'Samen sterker' })).ok).toBe(true);
    await until(() => readInbox(bram.client.ydoc).length === 1, 'the card at Bram');
    const card = readInbox(bram.client.ydoc)[0]!.id;
    const closed = await bram.client.command({ type: 'support', card });
    expect(!closed.ok && closed.reason.nl).toMatch(/deelt de ideeën nu niet/);
    writeRoomState(facilitator.ydoc, { shareIdeas: true });
    await until(() => bram.client.ydoc.getMap('room').get('shareIdeas') === true, 'shared at Bram');
    expect((await bram.client.command({ type: 'support', card })).ok).toBe(true);
    const again = await bram.client.command({ type: 'support', card });
    expect(!again.ok && again.reason.nl).toMatch(/al gesteund/);
    const own = await anna.client.command({ type: 'support', card });
    expect(!own.ok && own.reason.nl).toMatch(/eigen kaart/);
    // Bram again from another tab (a second connection, the same person): still one.
    const tab = await connect(server, opened.room, bram.token, 'bram-tab');
    const twice = await tab.command({ type: 'support', card });
    expect(!twice.ok && twice.reason.nl).toMatch(/al gesteund/);
    await until(() => readInbox(facilitator.ydoc)[0]?.support === 1, 'one +1 at the facilitator');
  });
});

describe('moderation', () => {
  it('removes a participant: their connection ends, their token no longer opens the room, their cards and dots are gone', async () => {
    const { server, opened, facilitator, person } = await room('interventions');
    const anna = await person('Anna');
    const bram = await person('Bram');
    expect((await anna.client.command({ type: 'addCard', title: 'Onzin' })).ok).toBe(true);
    expect((await bram.client.command({ type: 'addCard', title: 'Goed idee' })).ok).toBe(true);
    await until(() => readInbox(facilitator.ydoc).length === 2, 'two cards');
    expect((await facilitatorPost(server.url, opened.room, bram.token, 'remove', { person: anna.id })).status).toBe(403);
    expect((await facilitatorPost(server.url, opened.room, opened.token, 'remove', { person: 'f-1' })).status).toBe(400);
    expect((await facilitatorPost(server.url, opened.room, opened.token, 'remove', { person: anna.id })).status).toBe(200);
    await until(() => anna.client.closed, 'Anna disconnected');
    await until(() => readInbox(facilitator.ydoc).length === 1, 'her card gone');
    expect(readInbox(facilitator.ydoc)[0]!.title).toBe('Goed idee');
    const again = new Client(server.url, opened.room, anna.token, 'again');
    clients.push(again);
    await expect(again.ready()).rejects.toThrow(/removed|permission/);
    expect(bram.client.closed).toBe(false);
  });
});

describe('joining a real room', () => {
  it('lets 120 people join from one address within a minute while 200 wrong guesses from it are slowed, then refused', async () => {
    const server = await start({ guessDelayMs: 50 });
    const opened = await openRoom(server.url, at('interventions'));
    const guess = (i: number) =>
      fetch(`${server.url}/api/join`, { method: 'POST', body: JSON.stringify({ code: `ZZ${String(i).padStart(4, '0')}` }) });
    const join = () => fetch(`${server.url}/api/join`, { method: 'POST', body: JSON.stringify({ code: opened.code, name: 'x' }) });
    const answers: { kind: 'guess' | 'join'; status: number; slowed: boolean }[] = [];
    for (let i = 0; i < 200; i++) {
      const wrong = await guess(i);
      answers.push({ kind: 'guess', status: wrong.status, slowed: wrong.headers.get('retry-after') !== null });
      if (i % 5 === 0) {
        const right = await join();
        answers.push({ kind: 'join', status: right.status, slowed: false });
      }
      if (answers.filter((a) => a.kind === 'join').length >= 120) continue;
      if (i % 5 === 1 || i % 5 === 3) answers.push({ kind: 'join', status: (await join()).status, slowed: false });
    }
    const joins = answers.filter((a) => a.kind === 'join');
    const guesses = answers.filter((a) => a.kind === 'guess');
    expect(joins.length).toBeGreaterThanOrEqual(120);
    expect(joins.every((a) => a.status === 200)).toBe(true);
    expect(guesses.slice(0, GUESS_FREE).every((a) => a.status === 404 && !a.slowed)).toBe(true);
    expect(guesses.slice(GUESS_FREE, GUESS_LIMIT).every((a) => a.status === 404 && a.slowed)).toBe(true);
    expect(guesses.slice(GUESS_LIMIT).every((a) => a.status === 429)).toBe(true);
  });

  it('reads X-Forwarded-For from a trusted proxy only', async () => {
    const behind = await start({ trustProxy: ['127.0.0.1'], guessDelayMs: 1 });
    const exposed = await start({ guessDelayMs: 1 });
    const guess = (server: RoomServer, from: string) =>
      fetch(`${server.url}/api/join`, {
        method: 'POST',
        headers: { 'x-forwarded-for': `203.0.113.9, ${from}` },
        body: '{"code":"ZZZZZZ"}',
      });
    for (let i = 0; i < GUESS_LIMIT; i++) await guess(behind, '198.51.100.1');
    expect((await guess(behind, '198.51.100.1')).status).toBe(429);
    // Another visitor behind the same proxy is someone else.
    expect((await guess(behind, '198.51.100.2')).status).toBe(404);
    // Without a trusted proxy the header is nobody's word: a guesser cannot shed the limit by writing it.
    for (let i = 0; i < GUESS_LIMIT; i++) await guess(exposed, `198.51.100.${i % 250}`);
    expect((await guess(exposed, '198.51.100.251')).status).toBe(429);
  });
});

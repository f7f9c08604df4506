import { describe, expect, it } from 'vitest';
import { applyOperation, makeVersion, parseDocument, type Document } from '@veranderlogica/core';
import { commentOperation } from '@veranderlogica/core/review';
import { regionCorpus } from '@veranderlogica/core/testing';
import type { RoomServer } from './server.js';
import { facilitatorPost, joinRoom, openRoom, roomServers, until } from './test-support.js';
import { READ_DAYS } from './tokens.js';
import { DOWNLOAD_LIMIT } from './extensions/rooms-api.js';

const { start, stop, connect, dataDirectory } = roomServers('vl-read-');

const day = 86_400_000;
const download = (server: RoomServer, room: string, token: string) =>
  fetch(`${server.url}/api/rooms/${encodeURIComponent(room)}/document`, { headers: { authorization: `Bearer ${token}` } });

async function readLink(server: RoomServer, room: string, token: string) {
  const response = await facilitatorPost(server.url, room, token, 'read-link');
  expect(response.status).toBe(200);
  return (await response.json()) as { room: string; title: string; token: string; expires: number };
}

/** A municipality's plan from the corpus region, with a comment in its review conversation and a named version. */
function municipalPlan(): Document {
  let plan = regionCorpus().municipalities[0]!;
  plan = applyOperation(
    plan,
    commentOperation(plan, { author: { name: 'Femke', partner: 'ggd' }, text: 'Vertrouwelijk overleg.' }),
  ).document;
  const version = makeVersion(plan, { id: 'v-1', name: 'Concept', created: '2026-11-01T10:00:00Z' });
  return applyOperation(plan, { type: 'addVersion', version }).document;
}

describe('a plan link for the region', () => {
  it('fetches the room’s plan as it is now, without the review conversation and the versions, for a year and a day', async () => {
    const server = await start();
    const plan = municipalPlan();
    const opened = await openRoom(server.url, plan);
    const link = await readLink(server, opened.room, opened.token);
    expect(link.room).toBe(opened.room);
    expect(link.expires - Date.now()).toBeGreaterThan((READ_DAYS - 1) * day);
    expect(link.expires - Date.now()).toBeLessThanOrEqual(READ_DAYS * day);

    const first = await download(server, opened.room, link.token);
    expect(first.status).toBe(200);
    const read = parseDocument(await first.text());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.document.id).toBe(plan.id);
    expect(read.document.parent).toEqual(plan.parent);
    expect(read.document.nodes.length).toBe(plan.nodes.length);
    expect(read.document.comments).toEqual([]);
    expect(read.document.versions).toEqual([]);

    // The facilitator works on in the room; the link reads what the room holds now.
    const owner = await connect(server, opened.room, opened.token);
    owner.apply({ type: 'updateDocument', changes: { title: 'Aanpak 2027–2030' } });
    await until(() => owner.document.title === 'Aanpak 2027–2030', 'the new title');
    let title = '';
    for (let i = 0; i < 50 && title !== 'Aanpak 2027–2030'; i++) {
      const again = parseDocument(await (await download(server, opened.room, link.token)).text());
      title = again.ok ? again.document.title : '';
    }
    expect(title).toBe('Aanpak 2027–2030');
  });

  it('does nothing else: no live room, no facilitator’s requests, no other room, and no link from anyone but the facilitator', async () => {
    const server = await start();
    const a = await openRoom(server.url, municipalPlan());
    const b = await openRoom(server.url, municipalPlan());
    const link = await readLink(server, a.room, a.token);
    await expect(connect(server, a.room, link.token)).rejects.toThrow(/refused/);
    for (const action of ['close', 'reveal', 'read-link', 'reviews']) {
      expect((await facilitatorPost(server.url, a.room, link.token, action, {})).status, action).toBe(403);
    }
    const info = await fetch(`${server.url}/api/rooms/${a.room}`, { headers: { authorization: `Bearer ${link.token}` } });
    expect(info.status).toBe(403);
    expect((await download(server, b.room, link.token)).status).toBe(403);
    // A participant and the screen may not hand out plan links; a forged one reads nothing.
    const participant = await joinRoom(server.url, a.code, 'Tafel 1');
    expect((await facilitatorPost(server.url, a.room, participant.token, 'read-link')).status).toBe(403);
    expect((await facilitatorPost(server.url, a.room, a.viewerToken, 'read-link')).status).toBe(403);
    const [body, signature] = link.token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), room: b.room })).toString('base64url')}.${signature}`;
    expect((await download(server, b.room, forged)).status).toBe(403);
    const refusal = (await (await download(server, b.room, forged)).json()) as { error: { nl: string; en: string } };
    expect(refusal.error.nl).toMatch(/facilitator of het scherm/);
  });

  it('expires after a year and a day', async () => {
    const data = dataDirectory();
    const server = await start({ data });
    const opened = await openRoom(server.url, municipalPlan());
    const link = await readLink(server, opened.room, opened.token);
    await stop(server);
    const later = await start({ data, now: () => Date.now() + (READ_DAYS + 1) * day });
    expect((await download(later, opened.room, link.token)).status).toBe(403);
  });

  it('answers a flood of fetches from one address with 429, in both languages, and another address still reads', async () => {
    const server = await start({ trustProxy: ['127.0.0.1'] });
    const opened = await openRoom(server.url, municipalPlan());
    const link = await readLink(server, opened.room, opened.token);
    const from = (address: string) =>
      fetch(`${server.url}/api/rooms/${encodeURIComponent(opened.room)}/document`, {
        headers: { authorization: `Bearer ${link.token}`, 'x-forwarded-for': address },
      });
    const statuses: number[] = [];
    for (let i = 0; i < DOWNLOAD_LIMIT + 3; i++) statuses.push((await from('198.51.100.7')).status);
    expect(statuses.slice(0, DOWNLOAD_LIMIT).every((status) => status === 200)).toBe(true);
    const refused = await from('198.51.100.7');
    expect(refused.status).toBe(429);
    const { error } = (await refused.json()) as { error: { nl: string; en: string } };
    expect(error.nl).toBe('Dit plan is vanaf dit adres te vaak opgehaald; wacht een minuut.');
    expect(error.en).toMatch(/fetched too often/);
    // Forged tokens count too: guessing does not get around the limit.
    expect(
      (
        await fetch(`${server.url}/api/rooms/${encodeURIComponent(opened.room)}/document`, {
          headers: { 'x-forwarded-for': '198.51.100.7' },
        })
      ).status,
    ).toBe(429);
    expect((await from('198.51.100.8')).status).toBe(200);
  });
});

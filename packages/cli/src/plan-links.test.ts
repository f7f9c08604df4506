import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDocument, type Document } from '@veranderlogica/core';
import { planLink } from '@veranderlogica/core/sync';
import { regionCorpus } from '@veranderlogica/core/testing';
import { startRoomServer, type RoomServer } from '@veranderlogica/server';
import type { CommandContext } from './context.js';
import { UserError } from './files.js';
import { main } from './main.js';
import { fetchPlan } from './plan-links.js';

const dir = mkdtempSync(join(tmpdir(), 'veranderlogica-links-'));
let server: RoomServer;
let hostile: Server;
let hostileUrl = '';
const links = new Map<string, string>();

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

/** A plan in a room of its own, and the plan link its facilitator makes for the region. */
async function inRoom(plan: Document): Promise<string> {
  const opened = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: serializeDocument(plan) });
  const { room, token } = (await opened.json()) as { room: string; token: string };
  const made = await fetch(`${server.url}/api/rooms/${room}/read-link`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const link = (await made.json()) as { room: string; token: string };
  return planLink({ server: server.url, room: link.room, token: link.token });
}

beforeAll(async () => {
  server = await startRoomServer({ port: 0, data: join(dir, 'data'), quiet: true });
  const { regional, municipalities } = regionCorpus();
  links.set(regional.id, await inRoom(regional));
  for (const plan of municipalities) links.set(plan.id, await inRoom(plan));
  // A server that misbehaves in every way a plan link may meet.
  hostile = createServer((request, response) => {
    const path = request.url ?? '';
    if (path.includes('/slow/')) return; // never answers
    if (path.includes('/endless/')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      const more = () => {
        while (response.write(chunk));
        response.once('drain', more);
      };
      response.on('error', () => undefined);
      more();
      return;
    }
    if (path.includes('/moved/')) {
      response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      return;
    }
    if (path.includes('/html/')) {
      response.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"format": "veranderlogica", "nodes": [');
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  hostile.closeAllConnections();
  hostile.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('veranderlogica region --room', () => {
  it('reads the region from its rooms, with or without a folder, to the same roll-up as the files', async () => {
    const { regional } = regionCorpus();
    const municipal = [...links].filter(([id]) => id !== regional.id).map(([, link]) => link);
    // The region's own plan in a folder, the municipalities in their rooms.
    const folder = mkdtempSync(join(dir, 'regio-'));
    writeFileSync(join(folder, 'regio-rijnmond.json'), serializeDocument(regional));
    const mixed = await run('region', folder, ...municipal.flatMap((link) => ['--room', link]), '--json');
    expect(mixed.stderr).toBe('');
    const json = JSON.parse(mixed.stdout);
    expect(json.municipalities).toHaveLength(6);
    const sg01 = json.rollup.find((row: { code: string }) => row.code === 'SG-01');
    expect([sg01.value, sg01.missing]).toEqual([166, ['Barendrecht']]);
    expect(json.findings.map((finding: { code: string }) => finding.code).sort()).toEqual([
      'indicator-code-differs',
      'link-missing',
      'regional-card-uncarried',
    ]);
    // Every plan from a room, none from a folder; the token is not printed.
    const rooms = await run('region', ...[...links.values()].flatMap((link) => ['--room', link]));
    expect(rooms.code).toBe(1);
    expect(rooms.stdout).toContain('Regionale aanpak seksueel geweld Rijnmond');
    expect(rooms.stdout).toContain('6 gemeenten');
    expect(rooms.stdout).toContain('SG-01 Meldingen bij het CSG (optellen): 166 meldingen');
    for (const link of links.values()) expect(rooms.stdout).not.toContain(link.split('#token=')[1]!.slice(0, 20));
  }, 60_000);

  it('skips, naming the room and why, a link that is not one, a refused token, and a server that is not there', async () => {
    const regionalLink = links.get(regionCorpus().regional.id)!;
    const [, anyLink] = [...links].find(([id]) => id !== regionCorpus().regional.id)!;
    // A port nobody listens on: one that was just free.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closed = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const forged = anyLink.replace(/#token=(.)/, (_, first: string) => `#token=${first === 'A' ? 'B' : 'A'}`);
    const result = await run(
      'region',
      '--room',
      regionalLink,
      '--room',
      'kamer.example.nl',
      '--room',
      forged,
      '--room',
      `http://127.0.0.1:${closed}/?room=r#token=t`,
    );
    expect(result.stderr).toContain('is geen planlink');
    expect(result.stderr).toContain('De server weigert');
    expect(result.stderr).toContain('Alleen de facilitator of het scherm van deze ruimte mag dat. (403)');
    expect(result.stderr).toContain(`http://127.0.0.1:${closed} (r) is niet te lezen: ECONNREFUSED`);
    expect(result.stdout).toContain('0 gemeenten');
    const nothing = await run('region');
    expect([nothing.code, nothing.stderr]).toEqual([2, expect.stringContaining('Noem een map met plannen')]);
  }, 30_000);
});

describe('fetchPlan', () => {
  const context = (): CommandContext => ({
    lang: 'en',
    langGiven: true,
    io: { stdout: () => undefined, stderr: () => undefined, env: {} },
    raw: { stdout: () => undefined, stderr: () => undefined, env: {} },
    exitCode: 0,
  });
  const at = (path: string) => planLink({ server: hostileUrl, room: path, token: 't' });
  const refusal = (path: string, timeout = 400) =>
    fetchPlan(at(path), context(), timeout).then(
      () => 'read',
      (error: unknown) => (error instanceof UserError ? error.message : `not a UserError: ${String(error)}`),
    );

  it('gives up on a server that does not answer, in the time it was given', async () => {
    expect(await refusal('slow')).toMatch(/cannot be read: no complete answer within 1 second$/);
  });

  it('stops reading an answer larger than a plan may be, without holding it', async () => {
    const before = process.memoryUsage().rss;
    expect(await refusal('endless', 20_000)).toMatch(/the answer is larger than \d+ MB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1_048_576);
  }, 30_000);

  it('follows no redirect, and says a server’s own error page by its status', async () => {
    expect(await refusal('moved')).toMatch(/cannot be read/);
    expect(await refusal('html')).toMatch(/The server refuses .*HTTP 500/);
  });

  it('says what is wrong with a plan that does not read, naming the room', async () => {
    expect(await refusal('broken')).toMatch(new RegExp(`${hostileUrl.replaceAll('.', '\\.')} \\(broken\\)`));
  });
});

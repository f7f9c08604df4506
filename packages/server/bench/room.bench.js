// The live room under load: Node clients (Hocuspocus providers, each with its own Yjs replica) editing a room on a
// server in its own process over loopback. One JSON object a line. Targets (docs/performance.md):
//   30 clients in one room: p95 from an edit to its arrival at every other client ≤ 50 ms;
//   50 rooms × 30 clients on one server process: p95 ≤ 150 ms, the server's memory reported;
//   a client 10 s offline with 20 edits converges within 1 s of reconnecting.
// Each case also runs on the floor: a bare WebSocket server that only passes messages on, with the same clients,
// message rate and message size, so the ratio says what Yjs, Hocuspocus and the plan cost on top of the network.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { serializeDocument } from '@veranderlogica/core';
import { SharedDocument } from '@veranderlogica/core/sync';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { report, round } from '../../../scripts/bench-kit.js';

const serveScript = fileURLToPath(new URL('./serve.js', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a server process; resolves with its url, pid and a stop function. */
function serve(kind) {
  const child = spawn(process.execPath, [serveScript, ...(kind === 'peer' ? ['peer'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => {
      const { url } = JSON.parse(String(chunk).split('\n')[0]);
      resolve({ url, pid: child.pid, stop: () => child.kill('SIGKILL') });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** Resident memory of a process, in MiB (Linux). */
function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024, 1);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN, 1);
}

async function until(check, timeout = 60_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await sleep(5);
  }
}

/** One client of a room: a replica that marks its own edits with the time sent and notes when others' arrive. */
class RoomClient {
  constructor(url, room, token, index, samples) {
    this.index = index;
    this.ydoc = new Y.Doc();
    this.shared = new SharedDocument(this.ydoc, { voter: `c${index}` });
    this.synced = false;
    this.provider = new HocuspocusProvider({
      url: url.replace(/^http/, 'ws'),
      name: room,
      token,
      document: this.ydoc,
      onSynced: () => (this.synced = true),
    });
    this.ydoc.getMap('nodes').observeDeep((events) => {
      const now = performance.now();
      for (const event of events) {
        if (!event.keysChanged?.has('title')) continue;
        const title = event.target.get('title');
        const match = /^m:(\d+):([\d.]+)$/.exec(typeof title === 'string' ? title : '');
        if (match && Number(match[1]) !== this.index) samples.push(now - Number(match[2]));
      }
    });
  }

  edit(nodeId) {
    const record = this.ydoc.getMap('nodes').get(nodeId);
    this.ydoc.transact(() => record.set('title', `m:${this.index}:${performance.now()}`), this.shared.origin);
  }
}

/** One client of the floor: a bare WebSocket that sends a message of the same size and notes when others' arrive. */
class PeerClient {
  constructor(url, room, index, samples, size) {
    this.index = index;
    this.size = size;
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/${room}`);
    this.socket.binaryType = 'arraybuffer';
    this.open = new Promise((resolve) => this.socket.addEventListener('open', resolve));
    this.socket.addEventListener('message', (event) => {
      const view = new DataView(event.data);
      if (view.getUint32(0) !== index) samples.push(performance.now() - view.getFloat64(4));
    });
  }

  edit() {
    const buffer = new ArrayBuffer(this.size);
    const view = new DataView(buffer);
    view.setUint32(0, this.index);
    view.setFloat64(4, performance.now());
    this.socket.send(buffer);
  }
}

async function openRoom(url, document) {
  const response = await fetch(`${url}/api/rooms`, { method: 'POST', body: serializeDocument(document) });
  return response.json();
}

/** `rooms` rooms of `clients` clients each; every client edits its own card every `every` ms, `edits` times. */
async function loadCase({ rooms, clients, edits, every }) {
  const document = syntheticDocument(Math.max(60, clients * 2));
  const ids = document.nodes.map((node) => node.id);
  const results = {};
  for (const kind of ['room', 'peer']) {
    const server = await serve(kind);
    const samples = [];
    const all = [];
    for (let r = 0; r < rooms; r++) {
      const opened = kind === 'room' ? await openRoom(server.url, document) : { room: `room-${r}` };
      for (let c = 0; c < clients; c++) {
        all.push(
          kind === 'room'
            ? new RoomClient(server.url, opened.room, opened.token, c, samples)
            : new PeerClient(server.url, opened.room, c, samples, 64),
        );
      }
    }
    if (kind === 'room') await until(() => all.every((client) => client.synced));
    else await Promise.all(all.map((client) => client.open));
    await sleep(500);
    const before = kind === 'room' ? rssMiB(server.pid) : undefined;
    for (let round_ = 0; round_ < edits; round_++) {
      // Spread each round's edits over the interval, as people type at different moments.
      for (let i = 0; i < all.length; i++) setTimeout(() => all[i].edit(ids[i % clients]), (i / all.length) * every);
      await sleep(every);
    }
    const expected = rooms * clients * edits * (clients - 1);
    await until(() => samples.length >= expected * 0.99, 30_000).catch(() => undefined);
    results[kind] = { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), arrived: samples.length, expected };
    if (kind === 'room') results.memory = { before_mib: before, after_mib: rssMiB(server.pid) };
    for (const client of all) (client.provider ?? { destroy: () => client.socket.close() }).destroy();
    server.stop();
  }
  return results;
}

async function offlineCase() {
  const server = await serve('room');
  const document = syntheticDocument(60);
  const opened = await openRoom(server.url, document);
  const samples = [];
  const clients = Array.from({ length: 5 }, (_, i) => new RoomClient(server.url, opened.room, opened.token, i, samples));
  await until(() => clients.every((client) => client.synced));
  const [away, ...present] = clients;
  away.provider.disconnect();
  const ids = document.nodes.map((node) => node.id);
  for (let i = 0; i < 20; i++) {
    away.ydoc.transact(
      () =>
        away.ydoc
          .getMap('nodes')
          .get(ids[10 + i])
          .set('title', `offline ${i}`),
      away.shared.origin,
    );
    present[i % present.length].edit(ids[40 + (i % 10)]);
    await sleep(500);
  }
  const same = () => {
    const texts = clients.map((client) => serializeDocument(client.shared.read()));
    return texts.every((text) => text === texts[0]);
  };
  const start = performance.now();
  await away.provider.connect();
  await until(same, 30_000);
  const converged = performance.now() - start;
  for (const client of clients) client.provider.destroy();
  server.stop();
  return round(converged, 1);
}

const one = await loadCase({ rooms: 1, clients: 30, edits: 10, every: 1_000 });
report({
  suite: 'room',
  case: '30 clients in one room, each editing once a second',
  p50_ms: one.room.p50,
  p95_ms: one.room.p95,
  arrived: `${one.room.arrived}/${one.room.expected}`,
  floor_p95_ms: one.peer.p95,
  ratio_p95: round(one.room.p95 / one.peer.p95, 2),
  target: 'p95 ≤ 50 ms',
  met: one.room.p95 <= 50,
});
const many = await loadCase({ rooms: 50, clients: 30, edits: 4, every: 2_000 });
report({
  suite: 'room',
  case: '50 rooms × 30 clients on one server process, each editing every 2 s',
  p50_ms: many.room.p50,
  p95_ms: many.room.p95,
  arrived: `${many.room.arrived}/${many.room.expected}`,
  floor_p95_ms: many.peer.p95,
  ratio_p95: round(many.room.p95 / many.peer.p95, 2),
  server_rss_mib: many.memory,
  target: 'p95 ≤ 150 ms',
  met: many.room.p95 <= 150,
});
const converged = await offlineCase();
report({
  suite: 'room',
  case: 'a client 10 s offline with 20 edits (others editing too), from reconnecting to every replica equal',
  converged_ms: converged,
  target: '≤ 1,000 ms',
  met: converged <= 1_000,
});
process.exit(0);

import { bilingual } from '../i18n/localized.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandKey, MAX_OUTBOX, MemoryOutboxStorage, Outbox, OUTBOX_RETRY_MS, type OutboxStorage } from './outbox.js';
import type { RoomCommand, RoomCommandAnswer } from './room.js';

/** A server that carries out each key once, and a network that can be down or lose answers. */
function network() {
  const done = new Map<string, RoomCommand>();
  const order: string[] = [];
  const state = { up: true, loseAnswer: false, refuse: undefined as string | undefined, sent: 0 };
  const send = (command: RoomCommand, key: string): Promise<RoomCommandAnswer> => {
    state.sent++;
    if (!state.up) return Promise.resolve({ answer: 0, ok: false, reason: bilingual('offline', 'offline'), retry: true });
    if (state.refuse) return Promise.resolve({ answer: 0, ok: false, reason: bilingual(state.refuse, state.refuse) });
    const duplicate = done.has(key);
    if (!duplicate) {
      done.set(key, command);
      order.push(key);
    }
    // The server did it, but the answer never arrived: to the phone it looks like a dropped connection.
    if (state.loseAnswer) return Promise.resolve({ answer: 0, ok: false, reason: bilingual('weg', 'gone'), retry: true });
    return Promise.resolve(duplicate ? { answer: 0, ok: true, duplicate: true } : { answer: 0, ok: true });
  };
  return { done, order, state, send };
}

const card = (title: string): RoomCommand => ({ type: 'addCard', title });

afterEach(() => vi.useRealTimers());

describe('Outbox', () => {
  it('keeps what is made offline and sends it once, in order, when the network is back', async () => {
    const net = network();
    const changes: number[] = [];
    const outbox = new Outbox(new MemoryOutboxStorage(), net.send, { onChange: (waiting) => changes.push(waiting.length) });
    net.state.up = false;
    await outbox.add(card('Een'));
    await outbox.add({ type: 'vote', card: 'int-1', delta: 1 });
    await outbox.add(card('Twee'));
    await outbox.flush();
    expect(outbox.waiting).toHaveLength(3);
    expect(net.done.size).toBe(0);
    net.state.up = true;
    await outbox.flush();
    expect(outbox.waiting).toHaveLength(0);
    expect([...net.done.values()]).toEqual([card('Een'), { type: 'vote', card: 'int-1', delta: 1 }, card('Twee')]);
    expect(changes.at(-1)).toBe(0);
    outbox.stop();
  });

  it('survives a reload: a new outbox on the same storage sends what the last one left', async () => {
    const net = network();
    const storage = new MemoryOutboxStorage();
    net.state.up = false;
    const before = new Outbox(storage, net.send);
    await before.add(card('Na herladen'));
    before.stop();
    net.state.up = true;
    const after = new Outbox(storage, net.send);
    await after.flush();
    expect([...net.done.values()]).toEqual([card('Na herladen')]);
    expect(await storage.load()).toEqual([]);
  });

  it('reports a refusal for good and goes on with the rest', async () => {
    const net = network();
    const refused: string[] = [];
    const outbox = new Outbox(new MemoryOutboxStorage(), net.send, { onRefused: (_command, reason) => refused.push(reason.nl) });
    net.state.refuse = 'op slot';
    await outbox.add(card('Geweigerd'));
    await outbox.flush();
    net.state.refuse = undefined;
    await outbox.add(card('Wel'));
    await outbox.flush();
    expect(refused).toEqual(['op slot']);
    expect([...net.done.values()]).toEqual([card('Wel')]);
  });

  it('tries again by itself after a refusal that passes', async () => {
    vi.useFakeTimers();
    const net = network();
    const outbox = new Outbox(new MemoryOutboxStorage(), net.send);
    net.state.up = false;
    await outbox.add(card('Later'));
    await outbox.flush();
    net.state.up = true;
    await vi.advanceTimersByTimeAsync(OUTBOX_RETRY_MS + 10);
    expect(net.done.size).toBe(1);
    outbox.stop();
  });

  it('holds at most MAX_OUTBOX and says so', async () => {
    const net = network();
    net.state.up = false;
    const outbox = new Outbox(new MemoryOutboxStorage(), net.send);
    for (let i = 0; i < MAX_OUTBOX; i++) expect(await outbox.add(card(`${i}`))).toBeUndefined();
    expect((await outbox.add(card('te veel')))?.nl).toContain(`${MAX_OUTBOX}`);
    outbox.stop();
  });

  it('works without storage (a private window): the queue lives as long as the page', async () => {
    const broken: OutboxStorage = { load: () => Promise.reject(new Error('no IndexedDB')), save: () => Promise.reject(new Error('no')) };
    const net = network();
    net.state.up = false;
    const outbox = new Outbox(broken, net.send);
    await outbox.add(card('Toch'));
    expect(outbox.waiting).toHaveLength(1);
    net.state.up = true;
    await outbox.flush();
    expect(net.done.size).toBe(1);
  });

  it('carries out every command exactly once, in order, whatever the network does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({ type: fc.constant('add' as const), title: fc.string({ minLength: 1, maxLength: 5 }) }),
            fc.record({ type: fc.constant('net' as const), up: fc.boolean(), loseAnswer: fc.boolean() }),
            fc.constant({ type: 'flush' as const }),
            fc.constant({ type: 'reload' as const }),
          ),
          { maxLength: 40 },
        ),
        async (steps) => {
          const net = network();
          const storage = new MemoryOutboxStorage();
          let outbox = new Outbox(storage, net.send);
          const made: string[] = [];
          for (const step of steps) {
            if (step.type === 'add') {
              made.push(step.title);
              await outbox.add(card(step.title));
            } else if (step.type === 'net') Object.assign(net.state, { up: step.up, loseAnswer: step.loseAnswer });
            else if (step.type === 'flush') await outbox.flush();
            else {
              await outbox.flush();
              outbox.stop();
              outbox = new Outbox(storage, net.send);
            }
          }
          Object.assign(net.state, { up: true, loseAnswer: false });
          await outbox.flush();
          outbox.stop();
          expect(outbox.waiting).toHaveLength(0);
          expect(net.order.map((key) => (net.done.get(key) as { title: string }).title)).toEqual(made);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('commandKey', () => {
  it('makes keys the server accepts, different each time', () => {
    const keys = new Set(Array.from({ length: 1000 }, commandKey));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});

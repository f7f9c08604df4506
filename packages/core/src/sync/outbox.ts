import type { Localized } from '../i18n/localized.js';
import type { RoomCommand, RoomCommandAnswer } from './room.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

/**
 * A participant's command waiting to be sent, under the key the server knows it by.
 *
 * @example
 * const waiting: readonly QueuedCommand[] = await storage.load();
 */
export interface QueuedCommand {
  readonly key: string;
  readonly command: RoomCommand;
  /** When it was made, in this device's time (ms since 1970). */
  readonly at: number;
}

/**
 * Where an outbox keeps its queue, so a reload (or a phone's browser closing) loses nothing.
 *
 * @example
 * const kept: OutboxStorage = new MemoryOutboxStorage();
 * const queue = await kept.load();
 */
export interface OutboxStorage {
  load(): Promise<readonly QueuedCommand[]>;
  save(queue: readonly QueuedCommand[]): Promise<void>;
}

/**
 * Sends one command under its key; a `retry` refusal (offline, too fast) keeps it queued.
 *
 * @example
 * const sendOne: OutboxSend = (command, key) => connection.command(command, key);
 */
export type OutboxSend = (command: RoomCommand, key: string) => Promise<RoomCommandAnswer>;

/**
 * Most commands one device keeps waiting: as many cards as one person may have in the inbox.
 *
 * @example
 * console.log(`Hooguit ${MAX_OUTBOX} kaarten wachten op verbinding.`);
 */
export const MAX_OUTBOX = 50;

/**
 * How long the outbox waits before trying again after a refusal that passes (too many at once).
 *
 * @example
 * setTimeout(refuse, OUTBOX_RETRY_MS); // what the outbox waits before it tries again
 */
export const OUTBOX_RETRY_MS = 2_000;

const FULL: Localized = localizeMessage(TEXTS.outbox.full, { maxOutbox: MAX_OUTBOX });

/**
 * A key for one command: random, URL-safe, 22 characters. Made with `getRandomValues`, which every browser has,
 * also on a page that is not served over https (where `randomUUID` is missing).
 *
 * @example
 * commandKey(); // 'q3J0x1Yc2vI6fWc1tP0Z9A'
 */
export function commandKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * What a participant makes while the network comes and goes: each card or dot is kept (in storage that survives a
 * reload) until the server has answered it, and sent under a key of its own, so a command whose answer got lost is
 * sent again and still carried out once. Commands go one at a time, in the order they were made; one the server
 * refuses for good (the room is locked, the budget is spent) leaves the queue and is reported.
 *
 * @example
 * const outbox = new Outbox(storage, (command, key) => connection.command(command, key), {
 *   onChange: (waiting) => render(waiting.length), // "wacht op verbinding (2)"
 *   onRefused: (command, reason) => show(reason.nl),
 * });
 * await outbox.add({ type: 'addCard', title: 'Weerbaarheidstraining' });
 * connection.onConnected(() => outbox.flush());
 */
export class Outbox {
  #queue: QueuedCommand[] = [];
  #sending: Promise<void> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  /** The queue as it was stored, read once: commands made before a reload are sent like any other. */
  readonly ready: Promise<void>;

  constructor(
    readonly storage: OutboxStorage,
    readonly send: OutboxSend,
    readonly events: {
      readonly onChange?: (waiting: readonly QueuedCommand[]) => void;
      readonly onRefused?: (command: RoomCommand, reason: Localized) => void;
      readonly onSent?: (command: RoomCommand, answer: RoomCommandAnswer & { ok: true }) => void;
    } = {},
  ) {
    this.ready = storage
      .load()
      .catch(() => [] as QueuedCommand[])
      .then((stored) => {
        const known = new Set(this.#queue.map((queued) => queued.key));
        this.#queue = [...stored.filter((queued) => !known.has(queued.key)), ...this.#queue].slice(0, MAX_OUTBOX);
        this.events.onChange?.(this.waiting);
      });
  }

  /** What is waiting, oldest first. */
  get waiting(): readonly QueuedCommand[] {
    return this.#queue;
  }

  /**
   * Queues a command (kept before anything is sent) and sends what is waiting. Resolves once it is stored; gives why
   * not when the queue is full.
   */
  async add(command: RoomCommand, now = Date.now()): Promise<Localized | undefined> {
    await this.ready;
    if (this.#queue.length >= MAX_OUTBOX) return FULL;
    this.#queue = [...this.#queue, { key: commandKey(), command, at: now }];
    await this.#save();
    void this.flush();
    return undefined;
  }

  /** Sends what is waiting, one at a time, until the queue is empty or the network is gone again. */
  flush(): Promise<void> {
    // One drain at a time; a flush asked for while one runs (the network just came back) runs after it.
    const next = (this.#sending ?? Promise.resolve()).then(() => this.#drain());
    this.#sending = next;
    void next.finally(() => {
      if (this.#sending === next) this.#sending = undefined;
    });
    return next;
  }

  /** Stops sending (the page is leaving); what is waiting stays stored. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#retry);
  }

  async #drain(): Promise<void> {
    await this.ready;
    while (!this.#stopped && this.#queue.length > 0) {
      const next = this.#queue[0]!;
      const answer = await this.send(next.command, next.key).catch((): RoomCommandAnswer => ({
        answer: -1,
        ok: false,
        reason: FULL,
        retry: true,
      }));
      if (!answer.ok && answer.retry) {
        // Offline, or too many at once: it stays first in line. A refusal from a live server is tried again soon.
        clearTimeout(this.#retry);
        this.#retry = setTimeout(() => void this.flush(), OUTBOX_RETRY_MS);
        return;
      }
      this.#queue = this.#queue.filter((queued) => queued.key !== next.key);
      await this.#save();
      if (answer.ok) this.events.onSent?.(next.command, answer);
      else this.events.onRefused?.(next.command, answer.reason);
    }
  }

  async #save(): Promise<void> {
    this.events.onChange?.(this.waiting);
    // Storage may be missing (a private window): the queue then lives as long as the page.
    await this.storage.save(this.#queue).catch(() => undefined);
  }
}

/**
 * An outbox storage in memory, for tests and for browsers without IndexedDB.
 *
 * @example
 * new Outbox(new MemoryOutboxStorage(), send);
 */
export class MemoryOutboxStorage implements OutboxStorage {
  #queue: readonly QueuedCommand[] = [];
  load(): Promise<readonly QueuedCommand[]> {
    return Promise.resolve(this.#queue);
  }
  save(queue: readonly QueuedCommand[]): Promise<void> {
    this.#queue = [...queue];
    return Promise.resolve();
  }
}

import { Redis as IORedis } from 'ioredis';

/**
 * Counts in fixed windows (per key, e.g. an address), shared by every process when Redis is there, so that a limit
 * does not multiply with the number of processes.
 *
 * @example
 * const count = await counters.hit(`join:${address}`, 60_000); // 1, 2, … within this minute
 */
export interface Counters {
  /** Counts one more for `key` in the current window and gives the count so far. */
  hit(key: string, windowMs: number): Promise<number>;
  close(): Promise<void>;
}

/** Counters in this process's memory; windows of keys not seen again are forgotten. */
export class MemoryCounters implements Counters {
  readonly #windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly now: () => number) {}

  hit(key: string, windowMs: number): Promise<number> {
    const now = this.now();
    if (this.#windows.size > 20_000) for (const [k, w] of this.#windows) if (w.start <= now - windowMs) this.#windows.delete(k);
    const window = this.#windows.get(key);
    if (!window || window.start <= now - windowMs) {
      this.#windows.set(key, { start: now, count: 1 });
      return Promise.resolve(1);
    }
    window.count++;
    return Promise.resolve(window.count);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Counters in Redis (`INCR` with an expiry), shared by every process. */
export class RedisCounters implements Counters {
  readonly #redis: IORedis;
  constructor(redis: { host: string; port: number; options: Record<string, unknown> }) {
    this.#redis = new IORedis(redis.port, redis.host, redis.options);
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const name = `veranderlogica:count:${key}`;
    const [[, count]] = (await this.#redis.multi().incr(name).pexpire(name, windowMs, 'NX').exec()) as [[unknown, number]];
    return count;
  }

  close(): Promise<void> {
    this.#redis.disconnect();
    return Promise.resolve();
  }
}

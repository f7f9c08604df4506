import { randomUUID } from 'node:crypto';
import { Redis as IORedis } from 'ioredis';

/** What one process tells every process serving rooms: act on this room's connections too. */
export type RoomSignal =
  { readonly type: 'close'; readonly room: string } | { readonly type: 'remove'; readonly room: string; readonly person: string };

const CHANNEL = 'veranderlogica:rooms';

/**
 * Signals between the processes that serve rooms: closing a room or removing a participant acts on the
 * connections of every process (Redis pub/sub), and on this one at once. Without Redis there is one process.
 *
 * @example
 * const bus = await RoomBus.start((signal) => closeConnections(signal), redisConfiguration(url));
 * await bus.publish({ type: 'close', room: 'room-1' });
 */
export class RoomBus {
  readonly #id = randomUUID();

  private constructor(
    readonly handle: (signal: RoomSignal) => void,
    private readonly pub?: IORedis,
    private readonly sub?: IORedis,
  ) {}

  static async start(
    handle: (signal: RoomSignal) => void,
    redis?: { host: string; port: number; options: Record<string, unknown> },
  ): Promise<RoomBus> {
    if (!redis) return new RoomBus(handle);
    const pub = new IORedis(redis.port, redis.host, redis.options);
    const sub = new IORedis(redis.port, redis.host, redis.options);
    const bus = new RoomBus(handle, pub, sub);
    await sub.subscribe(CHANNEL);
    sub.on('message', (_channel: string, text: string) => bus.#receive(text));
    return bus;
  }

  #receive(text: string): void {
    try {
      const { from, signal } = JSON.parse(text) as { from: string; signal: RoomSignal };
      if (from !== this.#id) this.handle(signal);
    } catch {
      // Not ours: ignored.
    }
  }

  /** Acts here at once, and on every other process. */
  async publish(signal: RoomSignal): Promise<void> {
    this.handle(signal);
    await this.pub?.publish(CHANNEL, JSON.stringify({ from: this.#id, signal }));
  }

  async close(): Promise<void> {
    this.sub?.disconnect();
    this.pub?.disconnect();
    await Promise.resolve();
  }
}

import type { Extension, Hocuspocus, onConfigurePayload } from '@hocuspocus/server';
import { ROOM_CLOSED_REASON } from '@veranderlogica/core/sync';
import { RoomBus, type RoomSignal } from '../bus.js';
import type { ConnectionContext } from '../context.js';
import { REMOVED_REASON } from './authentication.js';

/**
 * Closing a room and removing a participant, acted on by every process: the signal goes out over Redis (see
 * {@link RoomBus}), and each process closes the connections it holds. Without Redis there is one process.
 *
 * @example
 * const signals = await Signals.start(redisConfiguration(url));
 * new Server({ extensions: [signals] });
 * await signals.publish({ type: 'close', room });
 */
export class Signals implements Extension {
  readonly extensionName = 'veranderlogica-signals';
  #instance: Hocuspocus | undefined;
  #bus: RoomBus | undefined;

  static async start(redis?: { host: string; port: number; options: Record<string, unknown> }): Promise<Signals> {
    const signals = new Signals();
    signals.#bus = await RoomBus.start((signal) => signals.act(signal), redis);
    return signals;
  }

  private constructor() {}

  onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.#instance = instance;
    return Promise.resolve();
  }

  /** Tells every process, this one included. */
  publish(signal: RoomSignal): Promise<void> {
    return this.#bus!.publish(signal);
  }

  /** Closes this process's connections a signal names. */
  private act(signal: RoomSignal): void {
    const open = this.#instance?.documents.get(signal.room);
    for (const connection of open?.getConnections() ?? []) {
      const { claims } = connection.context as ConnectionContext;
      if (signal.type === 'close' && claims.role !== 'facilitator') connection.close({ code: 4403, reason: ROOM_CLOSED_REASON });
      if (signal.type === 'remove' && claims.id === signal.person) connection.close({ code: 4403, reason: REMOVED_REASON });
    }
  }

  async onDestroy(): Promise<void> {
    await this.#bus?.close();
  }
}

import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import { LIMITS } from '@veranderlogica/core';
import { ROOM_MESSAGE_LIMIT } from '@veranderlogica/core/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Largest WebSocket message or HTTP body the server reads, except a plan sent to open a room (the core's, which editors check against). */
export const MAX_MESSAGE_BYTES = ROOM_MESSAGE_LIMIT;

/** Whether a sync message would take the room past the format's limits (checked on a copy). */
function wouldExceedLimits(document: Y.Doc, message: Uint8Array, maxNodes: number): boolean {
  const nodes = document.getMap('nodes').size;
  // A small message cannot add many cards: only one that is large, or one into a room near the limit, is tried on a copy.
  if (message.byteLength < 64 * 1024 && nodes < maxNodes - 2_000) return false;
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== 0) return false; // only sync messages carry updates
    const probe = new Y.Doc();
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), probe, null);
    return (
      probe.getMap('nodes').size > maxNodes ||
      probe.getMap('edges').size > LIMITS.maxEdges ||
      probe.getMap('actors').size > LIMITS.maxActors
    );
  } catch {
    return true;
  }
}

/**
 * What a message may be: no larger than {@link MAX_MESSAGE_BYTES}, and never taking the plan past the format's
 * limits (cards, connections, partners), so that what is stored always opens again.
 *
 * @example
 * new Server({ extensions: [new Limits({ maxNodes: 2_000 })] });
 */
export class Limits implements Extension {
  readonly extensionName = 'veranderlogica-limits';

  constructor(private readonly options: { readonly maxNodes: number }) {}

  beforeHandleMessage({ update, document, connection }: beforeHandleMessagePayload): Promise<void> {
    if (update.byteLength > MAX_MESSAGE_BYTES) return Promise.reject(new Error('message too large'));
    if (!connection.readOnly && wouldExceedLimits(document, update, this.options.maxNodes)) {
      return Promise.reject(new Error('document over the limits'));
    }
    return Promise.resolve();
  }
}

import type { IncomingMessage } from 'node:http';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { ConnectionContext, RoomServerContext } from '../context.js';
import { logLine } from '../http.js';
import { verifyToken } from '../tokens.js';

/** Why a removed participant's connection ends. */
export const REMOVED_REASON = 'removed';

/**
 * Who may open a room's WebSocket: a signed token for this room, not expired; a participant not removed; only the
 * facilitator in a closed room. Only a facilitator writes the plan (participants act through commands, screens
 * read; a region's plan link does not connect at all). A WebSocket that shows no valid token within the time is closed: it holds a socket and memory for nothing.
 *
 * @example
 * new Server({ extensions: [new Authentication(context)] });
 */
export class Authentication implements Extension {
  readonly extensionName = 'veranderlogica-authentication';
  readonly #waiting = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly context: RoomServerContext) {}

  onUpgrade({ request, socket }: { request: IncomingMessage; socket: { destroy(): void } }): Promise<void> {
    const key = request.headers['sec-websocket-key'];
    if (typeof key === 'string') {
      const timer = setTimeout(() => {
        this.#waiting.delete(key);
        logLine(this.context.quiet, { event: 'refused', reason: 'no token in time', address: request.socket.remoteAddress });
        socket.destroy();
      }, this.context.authTimeoutMs);
      timer.unref();
      this.#waiting.set(key, timer);
    }
    return Promise.resolve();
  }

  async onAuthenticate({ token, documentName, connectionConfig, requestHeaders }: onAuthenticatePayload): Promise<ConnectionContext> {
    const { store, secret, now } = this.context;
    const checked = verifyToken(secret, token, now());
    if (!checked.ok) throw new Error(`token ${checked.reason}`);
    const { claims } = checked;
    if (claims.room !== documentName) throw new Error('token for another room');
    // A plan link for the region fetches the plan's file over HTTP; it does not join the room.
    if (claims.role === 'reader') throw new Error('plan link: no live room');
    const record = await store.room(documentName);
    if (!record) throw new Error('no such room');
    if (record.closed && claims.role !== 'facilitator') throw new Error('room closed');
    if (claims.role === 'participant' && (await store.isRevoked(documentName, claims.id))) throw new Error(REMOVED_REASON);
    connectionConfig.readOnly = claims.role !== 'facilitator';
    const key = requestHeaders.get('sec-websocket-key');
    if (key !== null) {
      clearTimeout(this.#waiting.get(key));
      this.#waiting.delete(key);
    }
    return { claims, sent: [] };
  }

  onDestroy(): Promise<void> {
    for (const timer of this.#waiting.values()) clearTimeout(timer);
    this.#waiting.clear();
    return Promise.resolve();
  }
}

import { useSyncExternalStore } from 'react';
import { serializeDocument, type Document, type Localized } from '@veranderlogica/core';
import { votesHidden } from '@veranderlogica/core/sync';
import { localize } from '@veranderlogica/ui';
import type { CanvasProps } from '../Canvas.js';
import type { EditorStore } from '../store.js';
import type { RoomConnection, RoomSnapshot } from './connection.js';
export { readClaims, type Claims } from './claims.js';

/*
 * What the editor needs of rooms before it is in one: read a token, make a room's address, open a room, and the
 * hooks that take a connection when there is one. Light on purpose: the connection itself (Yjs, Hocuspocus, the
 * offline store) loads only when a room is opened or joined.
 */

/** Where a room opened here is remembered in this browser: its code and the screen's token, for the facilitator's panel. */
export const roomKey = (room: string) => `veranderlogica:room:${room}`;

/**
 * The address of a room on this page's server: the room, the screen's view of it or not, and the interface language
 * the page was asked to speak (`lang`), so moving into a room never changes the language.
 *
 * @example
 * location.assign(roomAddress('r-1', token)); // '/?room=r-1#token=…', or '/?room=r-1&lang=en#token=…'
 */
export function roomAddress(room: string, token: string, options: { readonly screen?: boolean } = {}): string {
  const lang = new URLSearchParams(location.search).get('lang');
  const query = [
    `room=${encodeURIComponent(room)}`,
    ...(options.screen ? ['screen'] : []),
    ...(lang ? [`lang=${encodeURIComponent(lang)}`] : []),
  ];
  return `${location.pathname}?${query.join('&')}#token=${token}`;
}

/** Where this tab keeps the server's key for opening rooms. */
const KEY_STORAGE = 'veranderlogica-room-key';

/**
 * Opens a room on the server this editor came from, from the current plan.
 * Gives the address to go to, or why it could not.
 *
 * @example
 * const result = await openRoomFrom(store.getState().document);
 * if (result.ok) location.assign(result.address);
 */
async function openRoomFrom(
  document: Document,
): Promise<{ ok: true; address: string; code: string } | { ok: false; reason: Localized | 'no-server' | 'needs-key' }> {
  let health: Response;
  try {
    health = await fetch('/api/health', { cache: 'no-store' });
  } catch {
    return { ok: false, reason: 'no-server' };
  }
  if (!health.ok || !(health.headers.get('content-type') ?? '').includes('json')) return { ok: false, reason: 'no-server' };
  // The server's key, when it needs one: from the address the server printed (?key=…), kept for this tab.
  const given = new URLSearchParams(location.search).get('key');
  if (given) sessionStorage.setItem(KEY_STORAGE, given);
  const key = given ?? sessionStorage.getItem(KEY_STORAGE);
  const response = await fetch('/api/rooms', {
    method: 'POST',
    body: serializeDocument(document),
    headers: key ? { 'x-veranderlogica-key': key } : {},
  });
  const body = (await response.json().catch(() => ({}))) as {
    needsKey?: boolean;
    room?: string;
    code?: string;
    token?: string;
    viewerToken?: string;
    error?: Localized;
  };
  if (response.status === 403 && body.needsKey) return { ok: false, reason: 'needs-key' };
  if (response.status !== 201 || !body.room || !body.token || !body.code) {
    return { ok: false, reason: body.error ?? localize('room.httpStatus', { status: response.status }) };
  }
  localStorage.setItem(roomKey(body.room), JSON.stringify({ code: body.code, viewerToken: body.viewerToken, token: body.token }));
  return { ok: true, address: roomAddress(body.room, body.token), code: body.code };
}

/**
 * Opens a live room from the store's plan and goes to it; says why not in the status line (no room server behind
 * this editor, a key needed, or the server's reason).
 *
 * @example
 * <button onClick={() => void goToNewRoom(store)}>Werksessie-ruimte openen</button>
 */
export async function goToNewRoom(store: EditorStore): Promise<void> {
  const result = await openRoomFrom(store.getState().document);
  if (result.ok) location.assign(result.address);
  else if (result.reason === 'no-server') store.notify(localize('room.needsServer'), 'error');
  else if (result.reason === 'needs-key') store.notify(localize('room.needsKey'), 'error');
  else store.notify(localize('room.openFailed', { reason: result.reason[store.getState().language] }), 'error');
}

/**
 * What a live room adds to the canvas: the others' selections, their cards moving and their cursors (a facilitator's
 * own pointer and drags travel as presence), and vote counts kept off the cards until they are revealed.
 *
 * @example
 * <Canvas … {...roomCanvasProps(room, snapshot)} />
 */
export function roomCanvasProps(room: RoomConnection | undefined, snapshot: RoomSnapshot | undefined): Partial<CanvasProps> {
  if (!room || !snapshot) return {};
  return {
    ...(snapshot.others.size ? { others: snapshot.others } : {}),
    hideVotes: votesHidden(snapshot.room),
    othersMoving: snapshot.moving,
    cursors: snapshot.cursors,
    ...(room.claims.role === 'facilitator' ? { onPresence: room.presence } : {}),
  };
}

const noSubscription = () => () => {};
const noSnapshot = () => undefined;

/**
 * The room as this editor sees it now (others, their cursors and drags, the room's state), or nothing outside a room.
 *
 * @example
 * const snapshot = useRoomSnapshot(room);
 */
export function useRoomSnapshot(room: RoomConnection | undefined): RoomSnapshot | undefined {
  return useSyncExternalStore(room?.subscribe ?? noSubscription, room?.getSnapshot ?? noSnapshot);
}

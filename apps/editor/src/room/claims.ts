import type { RoomRole } from '@veranderlogica/core/sync';

/*
 * What a page reads from its own address before anything else loads: the room, the token and the role it gives.
 * Imports nothing that runs, so the page's first script stays small and each page (the editor, a participant's, the
 * projector's, a reviewer's) loads only its own code.
 */

/** What a token says about its holder (readable by the holder; only the server can check its signature). */
export interface Claims {
  readonly room: string;
  readonly role: RoomRole;
  readonly id: string;
  readonly name: string;
  readonly expires: number;
  /** A review link's partner, round and scope. */
  readonly partner?: string;
  readonly round?: string;
  readonly scope?: 'plan' | 'own';
}

/**
 * The claims inside a room token, or undefined when it is not one.
 *
 * @example
 * readClaims(token)?.role; // 'participant'
 */
export function readClaims(token: string): Claims | undefined {
  try {
    const body = token.split('.')[0] ?? '';
    const json = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Partial<Claims>;
    if (typeof claims.room !== 'string' || typeof claims.id !== 'string' || typeof claims.role !== 'string') return undefined;
    const review = {
      ...(typeof claims.partner === 'string' && { partner: claims.partner }),
      ...(typeof claims.round === 'string' && { round: claims.round }),
      ...((claims.scope === 'plan' || claims.scope === 'own') && { scope: claims.scope }),
    };
    return { room: claims.room, role: claims.role, id: claims.id, name: claims.name ?? '', expires: claims.expires ?? 0, ...review };
  } catch {
    return undefined;
  }
}

/** A live room in the address: `?room=<id>#token=<token>` (facilitator, participant or screen), or `?join=<code>`. */
export interface RoomInAddress {
  readonly join: boolean;
  readonly room: string | undefined;
  readonly token: string | undefined;
  readonly role: string | undefined;
}

/**
 * The room the page's address names, and the role its token gives (read, not checked: the server checks).
 *
 * @example
 * if (roomInAddress().role === 'participant') openParticipantPage();
 */
export function roomInAddress(): RoomInAddress {
  const params = new URLSearchParams(location.search);
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? undefined;
  const room = params.get('room') ?? undefined;
  const claims = token ? readClaims(token) : undefined;
  return { join: params.has('join'), room, token, role: claims?.role };
}

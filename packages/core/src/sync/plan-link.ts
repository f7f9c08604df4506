/**
 * A plan link for the region: a room's address with a reader's token, which fetches the room's plan and nothing
 * else. The municipality's facilitator makes one in the room; the region's coordinator adds it to the Regio view or
 * passes it to `veranderlogica region --room`.
 *
 * @example
 * const link: PlanLink = { server: 'https://kamer.example.nl', room: 'room-1', token: 'abc.def' };
 */
export interface PlanLink {
  /** The room server's origin, e.g. `https://kamer.example.nl`. */
  readonly server: string;
  readonly room: string;
  readonly token: string;
}

/** Longest room id and token a link may carry: the server refuses longer ones anyway. */
const MAX_ROOM = 64;
const MAX_TOKEN = 2_000;

/**
 * The link as people pass it on: the editor's address with the room, and the token after `#`, which browsers do
 * not send to the server or keep in its logs.
 *
 * @example
 * planLink({ server: 'https://kamer.example.nl', room: 'room-1', token: 'abc.def' }); // 'https://kamer.example.nl/?room=room-1#token=abc.def'
 */
export function planLink(link: PlanLink): string {
  return `${link.server}/?room=${encodeURIComponent(link.room)}#token=${encodeURIComponent(link.token)}`;
}

/**
 * Reads a plan link as pasted: an http(s) address with `?room=` and `#token=`; `undefined` for anything else,
 * without throwing.
 *
 * @example
 * readPlanLink('https://kamer.example.nl/?room=room-1#token=abc'); // { server: 'https://kamer.example.nl', room: 'room-1', token: 'abc' }
 * readPlanLink('kamer.example.nl'); // undefined
 */
export function readPlanLink(text: string): PlanLink | undefined {
  if (typeof text !== 'string' || text.length > 4 * MAX_TOKEN) return undefined;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const room = url.searchParams.get('room');
  const token = new URLSearchParams(url.hash.slice(1)).get('token');
  if (!room || !token || room.length > MAX_ROOM || token.length > MAX_TOKEN) return undefined;
  return { server: url.origin, room, token };
}

/**
 * Where the plan of a link is fetched: the rooms API's document, with the token as `Authorization: Bearer`.
 *
 * @example
 * const link = readPlanLink('https://kamer.example.nl/?room=room-1#token=abc.def')!;
 * const response = await fetch(planDocumentUrl(link), { headers: { authorization: `Bearer ${link.token}` } });
 */
export function planDocumentUrl(link: PlanLink): string {
  return `${link.server}/api/rooms/${encodeURIComponent(link.room)}/document`;
}

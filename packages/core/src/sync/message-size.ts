import type { Change } from '../edit/changes.js';

/**
 * The largest message a room's server reads (1 MiB): one change of the plan
 * travels as one message, so a change larger than this cannot reach the room.
 *
 * @example
 * new WebSocketServer({ maxPayload: ROOM_MESSAGE_LIMIT });
 */
export const ROOM_MESSAGE_LIMIT = 1024 * 1024;

/** What one item of a Yjs update costs besides its key and value: its header, its origin and its parent. */
const ITEM = 16;
/** A removed record travels as a range of clocks of the writer who made it (its items were made together): a few bytes. */
const REMOVED = 6;

const sizeOf = (value: unknown): number => (value === undefined ? 1 : (JSON.stringify(value)?.length ?? 1));

/**
 * A record is written as a map: an item per field (and one for its place in
 * the list), and a list of ids or words as a map with an item per member.
 */
function recordBytes(id: string, record: object): number {
  let items = 2;
  for (const value of Object.values(record)) {
    items++;
    if (Array.isArray(value) && value.every((member) => typeof member === 'string')) items += value.length;
  }
  return id.length + sizeOf(record) + items * ITEM;
}

/**
 * How many bytes the Yjs update of these changes takes at most, estimated
 * from what they write (removals send only which items went, not their
 * values). A test checks it against the update on plans of every shape, so a
 * change this says fits does fit.
 *
 * @example
 * if (roomUpdateBytes(change.changes) > ROOM_MESSAGE_LIMIT) refuse();
 */
export function roomUpdateBytes(changes: readonly Change[]): number {
  if (changes.length === 0) return 0;
  // The update's own header: its writers, their clocks, how many items each, where removals are listed.
  let bytes = 16;
  for (const change of changes) {
    switch (change.type) {
      case 'field':
        bytes += ITEM + change.path.join('.').length + sizeOf(change.after);
        break;
      case 'container':
        bytes += ITEM + change.name.length;
        break;
      case 'record':
        bytes += change.after === undefined ? REMOVED : recordBytes(change.id, change.after);
        break;
      case 'recordField':
        bytes += ITEM + change.field.length + sizeOf(change.after);
        break;
      case 'member':
        bytes += ITEM + change.member.length;
        break;
      case 'position':
        bytes += ITEM + change.id.length + sizeOf(change.after);
        break;
      case 'votes':
        bytes += ITEM + change.id.length;
        break;
    }
  }
  return bytes;
}

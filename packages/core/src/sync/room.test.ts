import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getTemplate } from '../templates/index.js';
import { SharedDocument } from './binding.js';
import { applyRoomCommand, MAX_INBOX_PER_PARTICIPANT, MAX_INBOX_PER_ROOM, MAX_PEOPLE_PER_ROOM, readInbox, writeRoomState } from './room.js';

function room() {
  const shared = new SharedDocument(new Y.Doc(), { voter: 'server' });
  shared.load(getTemplate('voorbeeldregio')!.create());
  return shared;
}

describe('a room takes what a room of people brings, however often they join', () => {
  it('caps the inbox per room: a flood of fresh identities from one address stops at the room’s limit', () => {
    const shared = room();
    let refused = 0;
    // Every ten cards a new join: a new identity with its own budget of fifty.
    for (let i = 0; i < MAX_INBOX_PER_ROOM + 150; i++) {
      const reason = applyRoomCommand(
        shared,
        { type: 'addCard', title: `Kaart ${i}` },
        { id: `p-${Math.floor(i / 10)}`, name: 'Tafel' },
        i,
      );
      if (reason) refused++;
    }
    expect(readInbox(shared.ydoc)).toHaveLength(MAX_INBOX_PER_ROOM);
    expect(refused).toBe(150);
    // The per-person cap still holds within the room's.
    const fresh = room();
    for (let i = 0; i < MAX_INBOX_PER_PARTICIPANT + 5; i++)
      applyRoomCommand(fresh, { type: 'addCard', title: `${i}` }, { id: 'p-1', name: 'A' }, i);
    expect(readInbox(fresh.ydoc)).toHaveLength(MAX_INBOX_PER_PARTICIPANT);
  });

  it('takes dots from at most so many people, so joining again buys no dots', () => {
    const shared = room();
    writeRoomState(shared.ydoc, { voting: 'open' });
    const card = shared.read().nodes.find((node) => node.kind === 'intervention')!.id;
    for (let p = 0; p < MAX_PEOPLE_PER_ROOM; p++) {
      expect(applyRoomCommand(shared, { type: 'vote', card, delta: 1 }, { id: `p-${p}`, name: '' }, p), `p-${p}`).toBeUndefined();
    }
    const refused = applyRoomCommand(shared, { type: 'vote', card, delta: 1 }, { id: 'p-extra', name: '' }, 1);
    expect(refused?.nl).toContain(`al ${MAX_PEOPLE_PER_ROOM} mensen mee`);
    // Someone already voting may still use their budget.
    expect(applyRoomCommand(shared, { type: 'vote', card, delta: 1 }, { id: 'p-0', name: '' }, 2)).toBeUndefined();
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { RoomPanel } from './RoomPanel.js';
import { example, roomState } from './stories-support.js';

const inbox = [
  { id: 'inbox-1', kind: 'intervention' as const, title: 'Gastles over grenzen op het mbo', author: 'Tafel 2', authorId: 'p-1', at: 1 },
  { id: 'inbox-2', kind: 'intervention' as const, title: 'Spreekuur in de bibliotheek', author: 'Samira (GGD)', authorId: 'p-2', at: 2 },
];

const meta: Meta<typeof RoomPanel> = {
  title: 'Workshop/RoomPanel',
  component: RoomPanel,
  args: {
    document: example,
    code: 'K7QMWX',
    joinUrl: 'http://127.0.0.1:1234/?join=K7QMWX',
    status: 'connected',
    people: [
      { id: 'f', name: 'Facilitator', role: 'facilitator', color: '#1f6feb' },
      { id: 'p-1', name: 'Tafel 2', role: 'participant', color: '#d97706' },
      { id: 'v', name: '', role: 'viewer', color: '#6b7280' },
    ],
    inbox,
    voters: 12,
    onRoomOptions: fn(),
    onRemove: fn(),
    onAcceptAll: fn(),
    onDiscardAll: fn(),
    room: roomState({ voting: 'open' }),
    serverNow: () => Date.now(),
    onAccept: fn(),
    onMerge: fn(),
    onPark: fn(),
    onVoting: fn(),
    onTimer: fn(),
    onLock: fn(),
    onCloseRoom: fn(),
  },
  decorators: [(Story) => <div style={{ width: 340 }}>{Story()}</div>],
};
export default meta;
export const WithInbox: StoryObj<typeof RoomPanel> = {};
export const Empty: StoryObj<typeof RoomPanel> = { args: { inbox: [], people: [], status: 'offline' } };

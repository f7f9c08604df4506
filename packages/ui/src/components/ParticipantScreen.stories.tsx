import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ParticipantScreen } from './ParticipantScreen.js';
import { example, roomState } from './stories-support.js';

const prioritising = { ...example, workshop: { ...example.workshop!, step: 'prioritise' as const } };
const first = example.nodes.find((node) => node.kind === 'intervention')!;

const meta: Meta<typeof ParticipantScreen> = {
  title: 'Workshop/ParticipantScreen',
  component: ParticipantScreen,
  args: {
    document: example,
    room: roomState(),
    status: 'connected',
    captureKinds: ['intervention'],
    waiting: [{ id: 'inbox-1', kind: 'intervention', title: 'Gastles over grenzen', author: 'Tafel 2', authorId: 'p-1', at: 1 }],
    mine: new Set([first.id]),
    myVotes: {},
    secondsLeft: 245,
    message: undefined,
    onAddCard: fn(),
    onVote: fn(),
  },
  decorators: [(Story) => <div style={{ width: 360 }}>{Story()}</div>],
};
export default meta;
export const Capturing: StoryObj<typeof ParticipantScreen> = {};
export const Voting: StoryObj<typeof ParticipantScreen> = {
  args: {
    document: prioritising,
    room: roomState({ voting: 'open' }),
    myVotes: { [first.id]: 2 },
    captureKinds: [],
  },
};
/** Step 4 collects two kinds: the participant chooses. */
export const TwoKinds: StoryObj<typeof ParticipantScreen> = { args: { captureKinds: ['mechanism', 'outcome'] } };
/** A step that collects no cards: the participant is told what happens now. */
export const NothingToAdd: StoryObj<typeof ParticipantScreen> = { args: { captureKinds: [], waiting: [] } };
/** Offline on a phone: two cards and a dot wait on the device, and are shown as waiting. */
export const Offline: StoryObj<typeof ParticipantScreen> = {
  args: {
    status: 'offline',
    queued: [
      { key: 'a1b2c3d4e5', command: { type: 'addCard', title: 'Buurtgesprekken over grenzen' }, at: 1 },
      { key: 'f6g7h8i9j0', command: { type: 'addCard', title: 'Training voor sportverenigingen' }, at: 2 },
    ],
  },
};
/** The facilitator shares the ideas: others' waiting cards, each with a +1. */
export const SharedIdeas: StoryObj<typeof ParticipantScreen> = {
  args: {
    room: roomState({ shareIdeas: true }),
    ideas: [
      { id: 'inbox-2', kind: 'intervention', title: 'Peer-educatie op het mbo', author: 'Tafel 4', authorId: 'p-4', at: 2, support: 3 },
      { id: 'inbox-3', kind: 'intervention', title: 'Spreekuur in de wijk', author: '', authorId: 'p-5', at: 3 },
    ],
    supported: new Set(['inbox-2']),
    onSupport: fn(),
  },
};

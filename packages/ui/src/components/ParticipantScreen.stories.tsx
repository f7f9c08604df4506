import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ParticipantScreen } from './ParticipantScreen.js';
import { example } from './stories-support.js';

const prioritising = { ...example, workshop: { ...example.workshop!, step: 'prioritise' as const } };
const first = example.nodes.find((node) => node.kind === 'intervention')!;

const meta: Meta<typeof ParticipantScreen> = {
  title: 'Workshop/ParticipantScreen',
  component: ParticipantScreen,
  args: {
    document: example,
    room: {
      voting: 'closed',
      locked: false,
      timerEndsAt: undefined,
      timerSeconds: undefined,
      ballot: 'secret' as const,
      anonymous: false,
      shareIdeas: false,
    },
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
    room: {
      voting: 'open',
      locked: false,
      timerEndsAt: undefined,
      timerSeconds: undefined,
      ballot: 'secret' as const,
      anonymous: false,
      shareIdeas: false,
    },
    myVotes: { [first.id]: 2 },
    captureKinds: [],
  },
};
/** Step 4 collects two kinds: the participant chooses. */
export const TwoKinds: StoryObj<typeof ParticipantScreen> = { args: { captureKinds: ['mechanism', 'outcome'] } };
/** A step that collects no cards: the participant is told what happens now. */
export const NothingToAdd: StoryObj<typeof ParticipantScreen> = { args: { captureKinds: [], waiting: [] } };

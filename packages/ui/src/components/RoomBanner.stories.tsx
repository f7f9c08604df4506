import type { Meta, StoryObj } from '@storybook/react-vite';
import { RoomBanner } from './RoomBanner.js';
import { roomState } from './stories-support.js';

const meta: Meta<typeof RoomBanner> = {
  title: 'Workshop/RoomBanner',
  component: RoomBanner,
  args: {
    code: 'K7QMWX',
    joinUrl: 'http://127.0.0.1:1234/?join=K7QMWX',
    status: 'connected',
    room: roomState({ voting: 'open', timerEndsAt: Date.now() + 245_000, timerSeconds: 300 }),
    serverNow: () => Date.now(),
  },
  decorators: [(Story) => <div style={{ width: 340 }}>{Story()}</div>],
};
export default meta;
export const VotingWithTimer: StoryObj<typeof RoomBanner> = {};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { VotingBoard } from './VotingBoard.js';
import { example } from './stories-support.js';

const meta: Meta<typeof VotingBoard> = {
  title: 'Workshop/VotingBoard',
  component: VotingBoard,
  args: { onClose: fn(), document: example },
  decorators: [(Story) => <div style={{ position: 'relative', width: 1000, height: 600 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof VotingBoard>;

/** The worked example's votes, as the room sees them on the projector. */
export const OnTheProjector: Story = {};

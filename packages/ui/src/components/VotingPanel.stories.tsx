import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate } from '@veranderlogica/core';
import { VotingPanel } from './VotingPanel.js';
import { example } from './stories-support.js';

const meta: Meta<typeof VotingPanel> = {
  title: 'Workshop/VotingPanel',
  component: VotingPanel,
  args: { onVote: fn(), onPriority: fn(), onSettings: fn(), participants: 12 },
  decorators: [(Story) => <div style={{ width: 340 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof VotingPanel>;

/** The worked example after voting: sorted by dots, priorities marked. */
export const Results: Story = { args: { document: example } };
export const NothingToVoteOn: Story = { args: { document: getTemplate('blank')!.create(), participants: 6 } };

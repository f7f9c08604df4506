import type { Meta, StoryObj } from '@storybook/react-vite';
import { RoundTimer } from './RoundTimer.js';

const meta: Meta<typeof RoundTimer> = {
  title: 'Workshop/RoundTimer',
  component: RoundTimer,
  decorators: [(Story) => <div style={{ width: 300 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof RoundTimer>;

export const TenMinutes: Story = {};
export const FiveMinutes: Story = { args: { minutes: 5 } };

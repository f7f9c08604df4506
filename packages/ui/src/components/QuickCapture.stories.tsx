import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { QuickCapture } from './QuickCapture.js';

const meta: Meta<typeof QuickCapture> = {
  title: 'Workshop/QuickCapture',
  component: QuickCapture,
  args: { onCapture: fn() },
  decorators: [(Story) => <div style={{ width: 320 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof QuickCapture>;

export const Goals: Story = { args: { kind: 'goal' } };
/** Interventions come with the area they belong to. */
export const Interventions: Story = { args: { kind: 'intervention' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ParticipantsField } from './ParticipantsField.js';

const meta: Meta<typeof ParticipantsField> = {
  title: 'Workshop/ParticipantsField',
  component: ParticipantsField,
  args: { onChange: fn() },
  decorators: [(Story) => <div style={{ width: 300 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof ParticipantsField>;

export const Organisations: Story = { args: { participants: ['Gemeente Voorbeeldstad', 'GGD', 'Veilig Thuis', 'Politie'] } };
export const Empty: Story = { args: { participants: [] } };

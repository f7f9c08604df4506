import type { Meta, StoryObj } from '@storybook/react-vite';
import { PlanLinkButton } from './PlanLinkButton.js';

const meta: Meta<typeof PlanLinkButton> = {
  title: 'Room/PlanLinkButton',
  component: PlanLinkButton,
};
export default meta;
type Story = StoryObj<typeof PlanLinkButton>;

/** The server makes the link: click to see it, to copy. */
export const Made: Story = {
  args: { onMake: () => Promise.resolve('https://kamer.example.nl/?room=room-7ABkaMM#token=eyJyb29tIjoicm9vbS03QUJrYU1NIn0.c2ln') },
};
/** The server refuses (the facilitator's access expired): the refusal is said. */
export const Refused: Story = { args: { onMake: () => Promise.reject(new Error('403')) } };

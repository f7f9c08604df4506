import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate } from '@veranderlogica/core';
import { ReviewRounds } from './ReviewRounds.js';
import { reviewedExample } from './reviewed-example.js';
import { PanelColumn } from './stories-support.js';

const meta: Meta<typeof ReviewRounds> = {
  title: 'Review/ReviewRounds',
  component: ReviewRounds,
  decorators: [PanelColumn],
  args: { document: reviewedExample(), today: '2026-03-10', onStart: fn(), onClose: fn(), onAdopt: fn() },
};
export default meta;
type Story = StoryObj<typeof ReviewRounds>;

/** A round under way: two of three partners responded. Without a room, no review links. */
export const InReview: Story = {};
/** In a live room: the review links of the round. */
export const InARoom: Story = {
  args: {
    onLinks: () =>
      Promise.resolve([
        { partner: 'ggd', name: 'GGD', url: 'https://veranderlogica.example/?room=room-1#token=…', expires: Date.UTC(2026, 2, 30) },
      ]),
  },
};
/** A concept: nobody asked yet. */
export const Concept: Story = { args: { document: getTemplate('voorbeeldregio')!.create() } };
/** Adopted by the council. */
export const Adopted: Story = {
  args: {
    document: { ...reviewedExample(), status: 'adopted', adoption: { date: '2026-06-25', body: 'council', reference: 'RB 2026-41' } },
  },
};

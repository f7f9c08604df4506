import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ReviewerScreen } from './ReviewerScreen.js';
import { reviewedExample } from './reviewed-example.js';

const document = reviewedExample();
const [ggd, , police] = document.actors;

const meta: Meta<typeof ReviewerScreen> = {
  title: 'Review/ReviewerScreen',
  component: ReviewerScreen,
  args: {
    document,
    partner: ggd!.id,
    scope: 'plan',
    round: document.reviews[0]!.id,
    status: 'connected',
    onComment: fn(),
    onSuggest: fn(),
  },
};
export default meta;
type Story = StoryObj<typeof ReviewerScreen>;

/** The GGD's link: the whole plan, its comment answered, its suggestion still open. */
export const WholePlan: Story = {};
/** The police's link: its own interventions only. */
export const OwnInterventions: Story = { args: { partner: police!.id, scope: 'own' } };
/** Offline: what is sent waits. */
export const Offline: Story = { args: { status: 'offline', message: 'Bewaard; het wordt verstuurd zodra er weer verbinding is.' } };
/** The round closed: what was sent, with the answers. */
export const Closed: Story = {
  args: { document: { ...document, reviews: document.reviews.map((round) => ({ ...round, closed: true })) } },
};

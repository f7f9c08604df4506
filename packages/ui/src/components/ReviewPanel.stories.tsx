import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate } from '@veranderlogica/core';
import { ReviewPanel } from './ReviewPanel.js';
import { reviewedExample } from './reviewed-example.js';
import { PanelColumn } from './stories-support.js';

const document = reviewedExample();

const meta: Meta<typeof ReviewPanel> = {
  title: 'Review/ReviewPanel',
  component: ReviewPanel,
  decorators: [PanelColumn],
  args: {
    document,
    onSelect: fn(),
    onComment: fn(),
    onReply: fn(),
    onResolve: fn(),
    onAccept: fn(),
    onDecline: fn(),
    onPreview: fn(),
  },
};
export default meta;
type Story = StoryObj<typeof ReviewPanel>;

/** The worked example out for review: a thread with a reply, a comment on the plan, an open and a declined suggestion. */
export const InReview: Story = {};
/** A card selected: a new comment is about it. */
export const OnACard: Story = { args: { selected: document.nodes.find((node) => node.kind === 'intervention')!.id } };
/** The open suggestion shown on the diagram. */
export const Previewing: Story = { args: { previewing: document.suggestions[0]!.id } };
/** A plan nobody commented on yet. */
export const Empty: Story = { args: { document: getTemplate('voorbeeldregio')!.create() } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate } from '@veranderlogica/core';
import { NetworkPicture } from './NetworkPicture.js';
import { example } from './stories-support.js';

const meta: Meta<typeof NetworkPicture> = {
  title: 'Workshop/NetworkPicture',
  component: NetworkPicture,
  args: { onSelectPartner: fn() },
};
export default meta;
type Story = StoryObj<typeof NetworkPicture>;

/** The netwerkfoto of the worked example: who is central, who stands alone. */
export const WorkedExample: Story = { args: { document: example } };
export const NoPartners: Story = { args: { document: getTemplate('blank')!.create() } };

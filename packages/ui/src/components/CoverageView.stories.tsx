import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate } from '@veranderlogica/core';
import { CoverageView } from './CoverageView.js';
import { example } from './stories-support.js';

const meta: Meta<typeof CoverageView> = {
  title: 'Workshop/CoverageView',
  component: CoverageView,
  args: { onSelectCell: fn() },
};
export default meta;
type Story = StoryObj<typeof CoverageView>;

/** Areas × target groups of the worked example: witte vlekken and possible dubbelingen. */
export const WorkedExample: Story = { args: { document: example } };
export const NoTargetGroups: Story = { args: { document: getTemplate('blank')!.create() } };

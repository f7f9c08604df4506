import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { planDiff, planDiffSections } from '@veranderlogica/core';
import { ComparePanel } from './ComparePanel.js';
import { comparedExample } from './measured-example.js';
import { PanelColumn } from './stories-support.js';

const { before, after } = comparedExample();

const meta: Meta<typeof ComparePanel> = {
  title: 'Living plan/ComparePanel',
  component: ComparePanel,
  decorators: [PanelColumn],
  args: { onSelect: fn(), onClose: fn() },
};
export default meta;
type Story = StoryObj<typeof ComparePanel>;

/** A card retitled and every indicator measured since the adopted version. */
export const Changed: Story = {
  args: { name: 'Vastgesteld door de raad, 2025', sections: planDiffSections(planDiff(before, after), 'nl', undefined, { ids: false }) },
};
export const Unchanged: Story = { args: { name: 'Vastgesteld door de raad, 2025', sections: [] } };

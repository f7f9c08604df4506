import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate } from '@veranderlogica/core';
import { IndicatorsView } from './IndicatorsView.js';
import { measuredExample } from './measured-example.js';

const meta: Meta<typeof IndicatorsView> = {
  title: 'Living plan/IndicatorsView',
  component: IndicatorsView,
  args: { onSelect: fn(), onImport: fn(), onThreshold: fn() },
};
export default meta;
type Story = StoryObj<typeof IndicatorsView>;

/** Every indicator with three measurements: on track, at risk and off track. */
export const Measured: Story = { args: { document: measuredExample() } };
/** The worked example as it leaves the workshop: hardly anything measured yet. */
export const NotMeasuredYet: Story = { args: { document: getTemplate('voorbeeldregio')!.create() } };
export const NoIndicators: Story = { args: { document: getTemplate('blank')!.create() } };

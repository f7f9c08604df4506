import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { indicatorProgress } from '@veranderlogica/core/measurements';
import { type IndicatorNode } from '@veranderlogica/core';
import { MeasurementTable } from './Progress.js';
import { measuredExample } from './measured-example.js';
import { PanelColumn } from './stories-support.js';

const indicator = measuredExample().nodes.find((node): node is IndicatorNode => node.kind === 'indicator' && node.measurements.length > 0)!;

const meta: Meta<typeof MeasurementTable> = {
  title: 'Living plan/MeasurementTable',
  component: MeasurementTable,
  decorators: [PanelColumn],
  args: { onChange: fn() },
};
export default meta;
type Story = StoryObj<typeof MeasurementTable>;

/** Three measurements with the status, the sparkline and the bar above them, as in the inspector. */
export const ThreeMeasurements: Story = { args: { indicator, progress: indicatorProgress(indicator) } };
const empty = { ...indicator, measurements: [] };
export const Empty: Story = { args: { indicator: empty, progress: indicatorProgress(empty) } };

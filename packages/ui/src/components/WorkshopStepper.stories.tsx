import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate } from '@veranderlogica/core';
import { WorkshopStepper } from './WorkshopStepper.js';
import { example } from './stories-support.js';

const meta: Meta<typeof WorkshopStepper> = {
  title: 'Workshop/WorkshopStepper',
  component: WorkshopStepper,
  args: { onStep: fn() },
  decorators: [(Story) => <div style={{ width: 320 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof WorkshopStepper>;

/** A blank veranderlogica at the first step: everything is still to do. */
export const FirstStep: Story = { args: { document: getTemplate('blank')!.create(), step: 'problem' } };
/** The worked example while choosing priorities. */
export const Prioritising: Story = { args: { document: example, step: 'prioritise' } };
/** The last step of the worked example, with what is still missing. */
export const PartnersAndMeasures: Story = { args: { document: example, step: 'partners-and-measures' } };

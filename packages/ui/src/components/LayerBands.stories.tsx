import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Document } from '@veranderlogica/core';
import { LayerBands } from './LayerBands.js';
import { example, MiniCanvas } from './stories-support.js';

// One chain of the worked example, placed in layers by hand: intervention at the bottom, goal at the top.
const chain = ['int-lespakket', 'mech-kennis', 'uitk-grenzen', 'doel-minder-geweld'];
const placed: Document = {
  ...example,
  layout: { direction: 'BT', positions: Object.fromEntries(chain.map((id, i) => [id, { x: 0, y: (chain.length - 1 - i) * 200 }])) },
};
const bands = [
  { band: 'intervention', start: 600, end: 700 },
  { band: 'mechanism', start: 400, end: 500 },
  { band: 'outcome', start: 200, end: 300 },
  { band: 'goal', start: 0, end: 100 },
] as const;

const meta: Meta<typeof LayerBands> = {
  title: 'Canvas/LayerBands',
  component: LayerBands,
  args: { bands, across: { from: 0, to: 240 } },
  render: (args) => (
    <MiniCanvas document={placed} ids={chain} height={560}>
      <LayerBands {...args} />
    </MiniCanvas>
  ),
};
export default meta;
type Story = StoryObj<typeof LayerBands>;

export const FourLayers: Story = {};
/** With an interest sphere: the line of accountability between outcome and goal. */
export const WithAccountabilityLine: Story = { args: { accountabilityLine: 150 } };
/** With the name of the strategy the intervention belongs to, on a bracket under it. */
export const WithGroupLabel: Story = {
  args: {
    groups: {
      labels: [{ id: 'sp-voorkomen', title: 'Voorkomen: jongeren weerbaar en respectvol', from: 0, to: 240, row: 0 }],
      at: 700,
    },
  },
};

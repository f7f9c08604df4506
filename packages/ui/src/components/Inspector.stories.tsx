import { bilingual } from '@veranderlogica/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Inspector } from './Inspector.js';
import { example } from './stories-support.js';

const node = (id: string) => example.nodes.find((n) => n.id === id);
const meta: Meta<typeof Inspector> = {
  title: 'Panels/Inspector',
  component: Inspector,
  args: { document: example, onNodeChange: fn(), onEdgeChange: fn(), onDocumentChange: fn(), onDelete: fn() },
  decorators: [
    (Story) => (
      <div style={{ width: 340 }}>
        <Story />
      </div>
    ),
  ],
};
export default meta;
type Story = StoryObj<typeof Inspector>;

export const Document: Story = {};
export const Goal: Story = { args: { node: node('doel-minder-geweld') } };
export const Intervention: Story = { args: { node: node('int-lespakket') } };
export const Indicator: Story = { args: { node: node('ind-meldingen-csg') } };
export const Assumption: Story = { args: { node: node('aanname-vindbaar') } };
export const Connection: Story = { args: { edge: example.edges.find((e) => e.rationale) } };
/** A value the core refuses shows its reason under the field. */
export const RefusedValue: Story = {
  args: {
    node: node('int-lespakket'),
    onNodeChange: () =>
      bilingual(
        'Ongeldige waarde; verwacht een webadres dat begint met http:// of https://.',
        'Invalid value; expected a web address starting with http:// or https://.',
      ),
  },
};

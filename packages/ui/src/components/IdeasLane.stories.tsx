import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { IdeasLane } from './IdeasLane.js';
import { example } from './stories-support.js';

const meta: Meta<typeof IdeasLane> = {
  title: 'Workshop/IdeasLane',
  component: IdeasLane,
  args: { onAdd: fn(), onSort: fn(), onRemove: fn() },
  decorators: [(Story) => <div style={{ width: 300 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof IdeasLane>;

/** No ideas yet: the field to brainstorm in. */
export const Empty: Story = { args: { document: { ...example, workshop: { ...example.workshop!, ideas: [] } } } };

/** Three ideas waiting for a kind: a key (1–6), the list, or a drag onto a layer sorts one. */
export const ThreeIdeas: Story = {
  args: {
    document: {
      ...example,
      workshop: {
        ...example.workshop!,
        ideas: [
          { id: 'idee-1', text: 'Buurtapp voor ouderen' },
          { id: 'idee-2', text: 'Koffie bij de kapper' },
          { id: 'idee-3', text: 'Minder schaamte om hulp te vragen' },
        ],
      },
    },
  },
};

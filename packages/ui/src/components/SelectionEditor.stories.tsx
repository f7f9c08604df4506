import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { SelectionEditor } from './SelectionEditor.js';
import { example } from './stories-support.js';

const meta: Meta<typeof SelectionEditor> = {
  title: 'Workshop/SelectionEditor',
  component: SelectionEditor,
  args: { onAssign: fn(), onSet: fn(), document: example },
  decorators: [(Story) => <div style={{ width: 320 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof SelectionEditor>;

/** Three interventions of the worked example selected: some partners carry all, some only part of them. */
export const ThreeInterventions: Story = { args: { selected: new Set(['int-lespakket', 'int-csg', 'int-training']) } };

/** Goals and outcomes together: each kind gets the fields it has (level and term for goals, term for outcomes). */
export const GoalsAndOutcomes: Story = {
  args: { selected: new Set(example.nodes.filter((node) => node.kind === 'goal' || node.kind === 'outcome').map((node) => node.id)) },
};

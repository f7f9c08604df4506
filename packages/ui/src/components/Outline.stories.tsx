import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { getTemplate, validate } from '@veranderlogica/core';
import { Outline } from './Outline.js';
import { example } from './stories-support.js';

const meta: Meta<typeof Outline> = {
  title: 'Panels/Outline',
  component: Outline,
  args: { onSelect: fn(), onRename: fn(), onAdd: fn(), onConnect: fn(), onDisconnect: fn(), onDelete: fn() },
  decorators: [(Story) => <div style={{ height: 640 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof Outline>;

export const WorkedExample: Story = { args: { document: example, findings: validate(example), selected: new Set(['int-lespakket']) } };
export const Empty: Story = { args: { document: getTemplate('blank')!.create() } };

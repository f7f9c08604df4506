import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { FactsPanel } from './FactsPanel.js';
import { example } from './stories-support.js';

const meta: Meta<typeof FactsPanel> = {
  title: 'Workshop/FactsPanel',
  component: FactsPanel,
  args: { document: example, onProblem: fn(), onAdd: fn(), onChange: fn(), onRemove: fn() },
  decorators: [(Story) => <div style={{ width: 320 }}>{Story()}</div>],
};
export default meta;
export const FactsWithSources: StoryObj<typeof FactsPanel> = {};

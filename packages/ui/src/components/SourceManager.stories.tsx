import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { SourceManager } from './SourceManager.js';
import { example, PanelColumn } from './stories-support.js';

const meta: Meta<typeof SourceManager> = {
  title: 'Panels/SourceManager',
  component: SourceManager,
  args: { document: example, onAdd: fn(), onChange: fn(), onRemove: fn() },
  decorators: [PanelColumn],
};
export default meta;
export const Sources: StoryObj<typeof SourceManager> = {};
export const Empty: StoryObj<typeof SourceManager> = { args: { document: { ...example, sources: [] } } };

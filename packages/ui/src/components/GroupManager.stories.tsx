import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { GroupManager } from './GroupManager.js';
import { example, PanelColumn } from './stories-support.js';

const meta: Meta<typeof GroupManager> = {
  title: 'Panels/GroupManager',
  component: GroupManager,
  args: { document: example, onAdd: fn(), onChange: fn(), onRemove: fn() },
  decorators: [PanelColumn],
};
export default meta;
export const Groups: StoryObj<typeof GroupManager> = {};
export const Empty: StoryObj<typeof GroupManager> = { args: { document: { ...example, groups: [] } } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { GroupManager } from './GroupManager.js';
import { example } from './stories-support.js';

const meta: Meta<typeof GroupManager> = {
  title: 'Panels/GroupManager',
  component: GroupManager,
  args: { document: example, onAdd: fn(), onChange: fn(), onRemove: fn() },
  decorators: [
    (Story) => (
      <div style={{ width: 300 }}>
        <Story />
      </div>
    ),
  ],
};
export default meta;
export const Groups: StoryObj<typeof GroupManager> = {};
export const Empty: StoryObj<typeof GroupManager> = { args: { document: { ...example, groups: [] } } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { TargetGroupManager } from './TargetGroupManager.js';
import { example, PanelColumn } from './stories-support.js';

const meta: Meta<typeof TargetGroupManager> = {
  title: 'Panels/TargetGroupManager',
  component: TargetGroupManager,
  args: { document: example, onAdd: fn(), onChange: fn(), onRemove: fn() },
  decorators: [PanelColumn],
};
export default meta;
export const TargetGroups: StoryObj<typeof TargetGroupManager> = {};
export const Empty: StoryObj<typeof TargetGroupManager> = { args: { document: { ...example, targetGroups: [] } } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Toolbar } from './Toolbar.js';

const meta: Meta<typeof Toolbar> = {
  title: 'Chrome/Toolbar',
  component: Toolbar,
  args: {
    title: 'Regionale aanpak seksueel geweld — voorbeeldregio',
    undoLabel: { nl: 'kaart wijzigen', en: 'edit node' },
    redoLabel: undefined,
    layingOut: false,
    saveState: 'Bewaard 14:02:11',
    onNew: fn(),
    onOpen: fn(),
    onSave: fn(),
    onUndo: fn(),
    onRedo: fn(),
    onLayout: fn(),
    onFitView: fn(),
    onToggleLanguage: fn(),
  },
};
export default meta;
type Story = StoryObj<typeof Toolbar>;
export const Default: Story = {};
export const LayingOut: Story = { args: { layingOut: true } };
export const NothingToUndo: Story = { args: { undoLabel: undefined } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Toolbar, type ToolbarAction } from './Toolbar.js';

const action = (id: string, label: string, more: Partial<ToolbarAction> = {}): ToolbarAction => ({ id, label, run: fn(), ...more });

const meta: Meta<typeof Toolbar> = {
  title: 'Chrome/Toolbar',
  component: Toolbar,
  args: {
    title: 'Regionale aanpak seksueel geweld — voorbeeldregio',
    saveState: 'Bewaard 14:02:11',
    groups: [
      [action('new', 'Nieuw'), action('open', 'Openen', { keyshortcuts: 'Control+O' }), action('save', 'Opslaan')],
      [
        action('undo', 'Ongedaan maken', { icon: '↶', detail: 'kaart wijzigen', keyshortcuts: 'Control+Z' }),
        action('redo', 'Opnieuw', { icon: '↷', disabled: true }),
      ],
      [action('layout', 'Automatisch indelen'), action('fit-view', 'Alles in beeld')],
    ],
    end: [action('language', 'English')],
  },
};
export default meta;
type Story = StoryObj<typeof Toolbar>;
export const Default: Story = {};
export const LayingOut: Story = {
  args: {
    groups: [[action('layout', 'Bezig met indelen…', { busy: true, disabled: true }), action('fit-view', 'Alles in beeld')]],
  },
};
export const NothingToUndo: Story = {
  args: {
    groups: [[action('undo', 'Ongedaan maken', { icon: '↶', disabled: true }), action('redo', 'Opnieuw', { icon: '↷', disabled: true })]],
  },
};

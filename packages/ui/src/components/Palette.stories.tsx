import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Palette } from './Palette.js';

const meta: Meta<typeof Palette> = {
  title: 'Chrome/Palette',
  component: Palette,
  args: { onAdd: fn() },
  decorators: [
    (Story) => (
      <div style={{ width: 270 }}>
        <Story />
      </div>
    ),
  ],
};
export default meta;
export const Default: StoryObj<typeof Palette> = {};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { Legend } from './Legend.js';

const meta: Meta<typeof Legend> = { title: 'Panels/Legend', component: Legend };
export default meta;
export const Default: StoryObj<typeof Legend> = {};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { TextField } from './fields.js';

const meta: Meta<typeof TextField> = {
  title: 'Chrome/Fields',
  component: TextField,
  args: { label: 'Titel', value: 'Minder seksueel geweld', onChange: fn() },
};
export default meta;
type Story = StoryObj<typeof TextField>;
export const Text: Story = {};
export const Multiline: Story = { args: { label: 'Toelichting', multiline: true, value: 'Seksueel geweld voorkomen en stoppen.' } };
export const WithError: Story = { args: { error: { nl: 'Te lang: hoogstens 500 tekens.', en: 'Too long: at most 500 characters.' } } };

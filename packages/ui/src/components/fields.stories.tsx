import { bilingual } from '@veranderlogica/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ListField, TextField } from './fields.js';

const meta: Meta<typeof TextField> = {
  title: 'Chrome/Fields',
  component: TextField,
  args: { label: 'Titel', value: 'Minder seksueel geweld', onChange: fn() },
};
export default meta;
type Story = StoryObj<typeof TextField>;
export const Text: Story = {};
export const Multiline: Story = { args: { label: 'Toelichting', multiline: true, value: 'Seksueel geweld voorkomen en stoppen.' } };
export const WithError: Story = { args: { error: bilingual('Te lang: hoogstens 500 tekens.', 'Too long: at most 500 characters.') } };
/** A list edited as one field: the participating organisations, one per line. */
export const List: StoryObj<typeof ListField> = {
  render: () => (
    <ListField
      label="Deelnemende organisaties (één per regel)"
      separator={'\n'}
      values={['Gemeente Voorbeeldstad', 'GGD', 'Veilig Thuis']}
      onChange={fn()}
    />
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { PartnerAssignment } from './PartnerAssignment.js';
import { example } from './stories-support.js';

const meta: Meta<typeof PartnerAssignment> = {
  title: 'Workshop/PartnerAssignment',
  component: PartnerAssignment,
  args: { onAssign: fn(), document: example },
  decorators: [(Story) => <div style={{ width: 320 }}>{Story()}</div>],
};
export default meta;
type Story = StoryObj<typeof PartnerAssignment>;

/** Three interventions of the worked example selected: some partners carry all, some only part of them. */
export const ThreeInterventions: Story = { args: { selected: new Set(['int-lespakket', 'int-csg', 'int-training']) } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ParkingLot } from './ParkingLot.js';
import { example } from './stories-support.js';

const meta: Meta<typeof ParkingLot> = {
  title: 'Workshop/ParkingLot',
  component: ParkingLot,
  args: { document: example, onAdd: fn(), onChange: fn(), onRemove: fn() },
  decorators: [(Story) => <div style={{ width: 300 }}>{Story()}</div>],
};
export default meta;
export const OpenQuestions: StoryObj<typeof ParkingLot> = {};

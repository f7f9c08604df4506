import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { planMeasurementImport } from '@veranderlogica/core/measurements';
import { ImportPreview } from './ImportPreview.js';
import { example } from './stories-support.js';

const [first, second] = example.nodes.filter((node) => node.kind === 'indicator');
const table = [
  ['Id', 'Datum', 'Waarde', 'Bron'],
  [first!.id, '31-12-2026', '12,5', 'GGD'],
  [second!.id, '2026', 'veel', ''],
  ['onbekend', '2026', '3', ''],
];

const meta: Meta<typeof ImportPreview> = {
  title: 'Living plan/ImportPreview',
  component: ImportPreview,
  args: { onApply: fn(), onColumns: fn() },
};
export default meta;
type Story = StoryObj<typeof ImportPreview>;

/** One row added, one wrong value, one unknown indicator: nothing changes until Apply. */
export const WithProblems: Story = {
  args: { name: 'metingen.csv', result: planMeasurementImport(example, table), headings: table[0] },
};
/** A CSV whose columns are not recognised: choose them first. */
export const ChooseColumns: Story = {
  args: {
    name: 'eigen.csv',
    result: planMeasurementImport(example, [['code', 'jaar', 'score']]),
    headings: ['code', 'jaar', 'score'],
  },
};

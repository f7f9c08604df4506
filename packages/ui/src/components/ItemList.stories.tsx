import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ItemList } from './ItemList.js';

const items = [
  { id: 'a', name: 'Jongeren', note: '3 interventies' },
  { id: 'b', name: 'Professionals', note: '1 interventie' },
];

const meta: Meta<typeof ItemList<(typeof items)[number]>> = {
  title: 'Panels/ItemList',
  component: ItemList,
  args: {
    title: 'Lijst',
    items,
    summary: (item) => (
      <>
        <strong>{item.name}</strong> <span className="vl-muted">· {item.note}</span>
      </>
    ),
    fields: (item) => <p>{item.note}</p>,
    addLabel: 'Toevoegen',
    removeLabel: 'Verwijderen',
    onAdd: fn(),
    onRemove: fn(),
  },
};
export default meta;
export const Items: StoryObj<typeof meta> = {};
export const Empty: StoryObj<typeof meta> = { args: { items: [] } };

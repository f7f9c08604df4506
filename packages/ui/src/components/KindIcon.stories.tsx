import type { Meta, StoryObj } from '@storybook/react-vite';
import { NODE_KINDS } from '@veranderlogica/core';
import { KindIcon } from './KindIcon.js';

const meta: Meta<typeof KindIcon> = { title: 'Chrome/KindIcon', component: KindIcon };
export default meta;
export const All: StoryObj<typeof KindIcon> = {
  render: () => (
    <div style={{ display: 'flex', gap: 16 }}>
      {NODE_KINDS.values.map((kind) => (
        <span key={kind} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
          <KindIcon kind={kind} size={24} /> {NODE_KINDS.labels[kind].nl}
        </span>
      ))}
    </div>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConnectionEdge } from './ConnectionEdge.js';
import { example, MiniCanvas } from './stories-support.js';

const meta: Meta<typeof ConnectionEdge> = { title: 'Canvas/ConnectionEdge', component: ConnectionEdge };
export default meta;

/** The three kinds of connection: leads to (solid), measures (dashed), underlies (dotted). */
export const ThreeKinds: StoryObj<typeof ConnectionEdge> = {
  render: () => <MiniCanvas document={example} ids={['int-lespakket', 'mech-kennis', 'ind-scholen', 'aanname-lestijd']} height={420} />,
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { createNode, type Document } from '@veranderlogica/core';
import { CardNode } from './CardNode.js';
import { example, MiniCanvas } from './stories-support.js';

const meta: Meta<typeof CardNode> = { title: 'Canvas/CardNode', component: CardNode };
export default meta;
type Story = StoryObj<typeof CardNode>;

/** One card of every kind, with the worked example's titles. */
export const EveryKind: Story = {
  render: () => (
    <MiniCanvas
      document={example}
      ids={['doel-minder-geweld', 'uitk-grenzen', 'mech-kennis', 'int-lespakket', 'ind-scholen', 'aanname-lestijd']}
    />
  ),
};

/** A chain intervention → mechanism → outcome → goal, with its connections. */
export const Chain: Story = {
  render: () => (
    <MiniCanvas
      document={example}
      ids={['int-lespakket', 'mech-kennis', 'uitk-grenzen', 'uitk-respect', 'doel-minder-geweld']}
      height={520}
    />
  ),
};

/** Validation badges and an untitled card. */
export const WithFindings: Story = {
  render: () => {
    const lonely = createNode('intervention', { id: 'los', title: '' });
    const doc: Document = { ...example, nodes: [...example.nodes, lonely] };
    return <MiniCanvas document={doc} ids={['los', 'doel-netwerk']} />;
  },
};

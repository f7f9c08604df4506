import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { validate, type Document } from '@veranderlogica/core';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { ValidationPanel } from './ValidationPanel.js';
import { example } from './stories-support.js';

const meta: Meta<typeof ValidationPanel> = { title: 'Panels/ValidationPanel', component: ValidationPanel, args: { onSelect: fn() } };
export default meta;
type Story = StoryObj<typeof ValidationPanel>;

const broken: Document = {
  ...example,
  edges: [...example.edges, { id: 'fout', kind: 'leads-to', source: 'doel-herstel', target: 'int-csg', rationale: '' }],
  nodes: example.nodes.map((n) => (n.kind === 'intervention' && n.id === 'int-lotgenoten' ? { ...n, actors: [] } : n)),
};

export const WorkedExample: Story = { args: { findings: validate(example) } };
export const ErrorsAndWarnings: Story = { args: { findings: validate(broken) } };
export const Clean: Story = { args: { findings: [] } };
/** A plan of 1,000 cards: each severity shows its first findings and offers the rest. */
export const LargePlan: Story = { args: { findings: validate(syntheticDocument(1000)) } };

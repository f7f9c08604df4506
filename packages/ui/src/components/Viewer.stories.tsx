import type { Meta, StoryObj } from '@storybook/react-vite';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { VeranderlogicaViewer } from './Viewer.js';
import { example } from './stories-support.js';

const meta: Meta<typeof VeranderlogicaViewer> = {
  title: 'Viewer/VeranderlogicaViewer',
  component: VeranderlogicaViewer,
  args: { height: 700 },
};
export default meta;
type Story = StoryObj<typeof VeranderlogicaViewer>;

/** The worked example, read-only, without saved positions (cards in rows by kind). */
export const WorkedExample: Story = { args: { document: example } };
export const English: Story = { args: { document: example, language: 'en' } };
/** Stress: 1,000 cards and about 1,900 connections. */
export const Stress1000: Story = { args: { document: syntheticDocument(1_000), legend: false } };
/** On a participant's phone: their two cards marked, the view opened on them, buttons for the whole plan and back. */
export const ParticipantPhone: Story = {
  args: {
    document: example,
    height: 400,
    legend: false,
    minimap: false,
    mine: new Set(
      example.nodes
        .filter((node) => node.kind === 'intervention')
        .slice(0, 2)
        .map((node) => node.id),
    ),
  },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

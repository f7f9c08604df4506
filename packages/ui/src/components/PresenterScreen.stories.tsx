import type { Meta, StoryObj } from '@storybook/react-vite';
import { PresenterScreen } from './PresenterScreen.js';
import { example, roomState } from './stories-support.js';

const room = roomState();
const interventions = example.nodes.filter((node) => node.kind === 'intervention');
const votes = Object.fromEntries(interventions.map((node, i) => [node.id, (i * 7) % 13]));

const meta: Meta<typeof PresenterScreen> = {
  title: 'Workshop/PresenterScreen',
  component: PresenterScreen,
  args: {
    document: { ...example, workshop: { ...example.workshop!, step: 'interventions' } },
    room,
    status: 'connected',
    code: 'K7QMWX',
    joinUrl: 'https://ruimte.example.nl/?join=K7QMWX',
    secondsLeft: 245,
    inbox: [
      { id: 'inbox-1', kind: 'intervention', title: 'Gastles over grenzen in groep 8', author: '', authorId: 'p-1', at: 1 },
      { id: 'inbox-2', kind: 'intervention', title: 'Spreekuur op het mbo', author: '', authorId: 'p-2', at: 2 },
    ],
    collecting: ['intervention'],
    voters: 12,
    participants: 18,
  },
  decorators: [(Story) => <div style={{ width: 1280, height: 720 }}>{Story()}</div>],
};
export default meta;
/** While step 3 collects interventions: the incoming cards as a wall. */
export const Collecting: StoryObj<typeof PresenterScreen> = {};
/** While voting is open: the candidates and how many have voted. */
export const Voting: StoryObj<typeof PresenterScreen> = { args: { room: { ...room, voting: 'open' }, collecting: [] } };
/** After the reveal: the results as a bar chart. */
export const Results: StoryObj<typeof PresenterScreen> = {
  args: { room: { ...room, voting: 'revealed' }, document: { ...example, workshop: { ...example.workshop!, votes } } },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { assembleRegion } from '@veranderlogica/core/region';
import { regionCorpus } from '@veranderlogica/core/testing';
import { RegionView } from './RegionView.js';

const { regional, municipalities } = regionCorpus();

const meta: Meta<typeof RegionView> = {
  title: 'Region/RegionView',
  component: RegionView,
  args: { onOpen: fn(), onLoad: fn() },
};
export default meta;
type Story = StoryObj<typeof RegionView>;

/** Rijnmond and six municipalities: an uncarried regional goal, a witte vlek, an overlap, a link to nothing. */
export const Region: Story = { args: { region: assembleRegion([regional, ...municipalities]), current: 'gemeente-maassluis' } };
/** Nothing open yet: how to open a region. */
export const Empty: Story = { args: { region: undefined } };
/** Plans that make no region, and a file that did not read. */
export const NoRegion: Story = {
  args: { region: assembleRegion([municipalities[0]!]), problems: ['kapot.json overgeslagen: Geen geldige JSON: ] verwacht.'] },
};
/** A region read from its rooms by plan links: the link field, how many plans came from rooms, read again, forget one or all. */
export const FromRooms: Story = {
  args: {
    region: assembleRegion([regional, ...municipalities]),
    onAddLink: fn(),
    links: 7,
    onRefresh: fn(),
    onForgetLinks: fn(),
    linked: [regional, ...municipalities].map((plan, i) => ({
      link: `https://kamer.example.nl/?room=room-${i}#token=t`,
      name: plan.title,
    })),
    onForgetLink: fn(),
    problems: ['room-3: De server weigert: Alleen de facilitator of het scherm van deze ruimte mag dat. (403)'],
  },
};

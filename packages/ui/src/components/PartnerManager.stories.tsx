import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { PartnerManager } from './PartnerManager.js';
import { example, PanelColumn } from './stories-support.js';

const meta: Meta<typeof PartnerManager> = {
  title: 'Panels/PartnerManager',
  component: PartnerManager,
  args: { document: example, onAdd: fn(), onChange: fn(), onRemove: fn() },
  decorators: [PanelColumn],
};
export default meta;
export const SocialMap: StoryObj<typeof PartnerManager> = {};
export const Empty: StoryObj<typeof PartnerManager> = { args: { document: { ...example, actors: [] } } };

import { TEXTS } from '../locales/index.js';
import { EvidenceSchema, groupRef, nodeSchema } from '../primitives.js';
import { CARD, COMMON_FIELDS, defineKind } from './spec.js';

/** A working mechanism (werkzaam mechanisme): why an intervention works. */
export const MechanismNodeSchema = nodeSchema('mechanism', {
  group: groupRef,
  evidence: EvidenceSchema.optional(),
});

/**
 * The working mechanism: the layer between the interventions and the outcomes.
 *
 * @example
 * mechanism.label.en; // 'Working mechanism'
 */
export const mechanism = defineKind(MechanismNodeSchema, 'mechanism', {
  ...TEXTS.kinds.mechanism,
  style: { fill: '#e9d5ff', stroke: '#7e22ce', text: '#111827', label: '#581c87', dashed: false },
  // a cog: why it works
  icon: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm0-5v3m0 12v3m9-9h-3M6 12H3m15.4-6.4-2.1 2.1M7.7 16.3l-2.1 2.1m12.8 0-2.1-2.1M7.7 7.7 5.6 5.6',
  role: 'chain',
  rank: 1,
  band: () => 1,
  size: CARD,
  shortcut: '3',
  fields: [...COMMON_FIELDS, { key: 'group', editor: { type: 'group' } }, { key: 'evidence', editor: { type: 'evidence' } }],
  subtitle: () => '',
  connects: [{ target: 'outcome', edge: 'leads-to' }],
  workshop: { capturedIn: 'mechanisms', shownIn: ['mechanisms'], votable: false, ballot: false },
});

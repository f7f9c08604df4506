import { TEXTS } from '../locales/index.js';
import { z } from 'zod';
import { EvidenceSchema, groupRef, nodeSchema } from '../primitives.js';
import { OUTCOME_HORIZONS, SPHERES } from '../values.js';
import { CARD, choice, COMMON_FIELDS, defineKind } from './spec.js';

/** An outcome (uitkomst): a change that follows, on a horizon (short, medium, long). */
export const OutcomeNodeSchema = nodeSchema('outcome', {
  horizon: z.enum(OUTCOME_HORIZONS.values).default('short'),
  sphere: z.enum(SPHERES.values).default('influence'),
  group: groupRef,
  evidence: EvidenceSchema.optional(),
});

const HORIZON_RANK = { short: 0, medium: 1, long: 2 } as const;

/**
 * The outcome: between the mechanisms and the goals, by horizon; those beyond the line of accountability higher.
 *
 * @example
 * outcome.connects[0]; // { target: 'goal', edge: 'leads-to' }
 */
export const outcome = defineKind(OutcomeNodeSchema, 'outcome', {
  ...TEXTS.kinds.outcome,
  style: { fill: '#bbf7d0', stroke: '#15803d', text: '#111827', label: '#14532d', dashed: false },
  // rising steps
  icon: 'M4 18h5v-5h5V8h6',
  role: 'chain',
  rank: 2,
  band: (node) => (node.sphere === 'interest' ? 8 : 2) + HORIZON_RANK[node.horizon],
  size: CARD,
  shortcut: '2',
  fields: [
    ...COMMON_FIELDS,
    { key: 'group', editor: { type: 'group' } },
    { key: 'horizon', editor: choice(OUTCOME_HORIZONS) },
    { key: 'sphere', editor: choice(SPHERES) },
    { key: 'evidence', editor: { type: 'evidence' } },
  ],
  subtitle: (node, _document, language) => OUTCOME_HORIZONS.labels[node.horizon][language],
  connects: [
    { target: 'goal', edge: 'leads-to' },
    { target: 'outcome', edge: 'leads-to' },
  ],
  workshop: { capturedIn: 'mechanisms', shownIn: ['mechanisms'], votable: false, ballot: false },
});

import { TEXTS } from '../locales/index.js';
import { z } from 'zod';
import { EvidenceSchema, nodeSchema } from '../primitives.js';
import { GOAL_HORIZONS, GOAL_LEVEL_RANK, GOAL_LEVELS, SPHERES } from '../values.js';
import { choice, COMMON_FIELDS, defineKind, WIDE } from './spec.js';

/** A goal (doel): what the plan is for, at a level (strategic, tactical, operational) and a horizon. */
export const GoalNodeSchema = nodeSchema('goal', {
  level: z.enum(GOAL_LEVELS.values).default('strategic'),
  horizon: z.enum(GOAL_HORIZONS.values).default('long'),
  sphere: z.enum(SPHERES.values).default('interest'),
  evidence: EvidenceSchema.optional(),
});

/**
 * The goal: the top of the chain, goals by level above each other, those beyond the line of accountability highest.
 *
 * @example
 * goal.label.nl; // 'Doel'
 */
export const goal = defineKind(GoalNodeSchema, 'goal', {
  ...TEXTS.kinds.goal,
  style: { fill: '#fde68a', stroke: '#b45309', text: '#111827', label: '#78350f', dashed: false },
  // a flag
  icon: 'M5 21V4m0 0h11l-2 4 2 4H5',
  role: 'chain',
  rank: 3,
  band: (node) => (node.sphere === 'interest' ? 11 : 5) + GOAL_LEVEL_RANK[node.level],
  size: WIDE,
  shortcut: '1',
  fields: [
    ...COMMON_FIELDS,
    { key: 'level', editor: choice(GOAL_LEVELS) },
    { key: 'horizon', editor: choice(GOAL_HORIZONS) },
    { key: 'sphere', editor: choice(SPHERES) },
    { key: 'evidence', editor: { type: 'evidence' } },
  ],
  subtitle: (node, _document, language) => `${GOAL_LEVELS.labels[node.level][language]}, ${GOAL_HORIZONS.labels[node.horizon][language]}`,
  connects: [{ target: 'goal', edge: 'leads-to' }],
  workshop: { capturedIn: 'goals', shownIn: ['goals', 'prioritise'], votable: true, ballot: false },
});

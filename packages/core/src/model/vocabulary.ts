/**
 * Every vocabulary of the format: the values of each field (`values.ts`) and the kinds of card (each in its module
 * under `kinds/`), each with its Dutch and English labels.
 */
import { NODE_KINDS } from './kinds/index.js';
import {
  EDGE_KINDS,
  GOAL_LEVELS,
  GOAL_HORIZONS,
  OUTCOME_HORIZONS,
  SPHERES,
  AREAS,
  INTERVENTION_STATUSES,
  INDICATOR_TYPES,
  INDICATOR_DIRECTIONS,
  INDICATOR_VALUE_TYPES,
  GROUP_KINDS,
  FREQUENCIES,
  RISKS,
  CONFIDENCES,
  ACTOR_DOMAINS,
  SCOPE_LEVELS,
  LAYOUT_DIRECTIONS,
  WORKSHOP_STEPS,
} from './values.js';

export * from './values.js';
export { NODE_KINDS, NODE_KIND_PLURALS } from './kinds/index.js';
export type { NodeKind } from './kinds/index.js';

/** Every vocabulary of the format, for messages that explain a value in the user's words. */
export const VOCABULARIES = [
  NODE_KINDS,
  EDGE_KINDS,
  GOAL_LEVELS,
  GOAL_HORIZONS,
  OUTCOME_HORIZONS,
  SPHERES,
  AREAS,
  INTERVENTION_STATUSES,
  INDICATOR_TYPES,
  INDICATOR_DIRECTIONS,
  INDICATOR_VALUE_TYPES,
  GROUP_KINDS,
  FREQUENCIES,
  RISKS,
  CONFIDENCES,
  ACTOR_DOMAINS,
  SCOPE_LEVELS,
  LAYOUT_DIRECTIONS,
  WORKSHOP_STEPS,
] as const;

import { TEXTS } from '../locales/index.js';
import { z } from 'zod';
import { groupRef, IdSchema, MeasurementSchema, nodeSchema, shortLabel, webLink } from '../primitives.js';
import { FREQUENCIES, INDICATOR_DIRECTIONS, INDICATOR_TYPES, INDICATOR_VALUE_TYPES, ROLLUPS } from '../values.js';
import { choice, COMMON_FIELDS, defineKind, SATELLITE, TEXT } from './spec.js';

/** An indicator: what shows progress, with its baseline, targets, source, owner and measurements. */
export const IndicatorNodeSchema = nodeSchema('indicator', {
  type: z.enum(INDICATOR_TYPES.values).default('effect'),
  valueType: z.enum(INDICATOR_VALUE_TYPES.values).default('number'),
  direction: z.enum(INDICATOR_DIRECTIONS.values).default('increase').describe('Which way the indicator should move.'),
  unit: z.string().max(100).default(''),
  group: groupRef,
  baseline: MeasurementSchema.optional(),
  targets: z.array(MeasurementSchema).max(100).default([]).describe('One or more targets, each with its date.'),
  source: z.string().max(1_000).default('').describe('Where the figures come from.'),
  sourceLink: webLink.optional().describe('A link to the source.'),
  frequency: z.enum(FREQUENCIES.values).default('yearly'),
  disaggregation: z.array(shortLabel).max(50).default([]).describe('Breakdowns of the figures, e.g. sex, age.'),
  references: z.array(shortLabel).max(50).default([]).describe('Reference codes, e.g. SDG 16.2.1.'),
  owner: IdSchema.optional().describe('Id of the partner responsible for measuring.'),
  code: shortLabel.optional().describe('A code the same indicator has in every plan of a region (e.g. "SG-01"), by which it is rolled up.'),
  rollup: z
    .enum(ROLLUPS.values)
    .optional()
    .describe("How the region adds the municipalities' figures up: sum, mean, or mean weighted by population."),
  measurements: z.array(MeasurementSchema).max(10_000).default([]),
});

/**
 * The indicator: a satellite beside the card it measures.
 *
 * @example
 * indicator.role; // 'satellite'
 */
export const indicator = defineKind(IndicatorNodeSchema, 'indicator', {
  ...TEXTS.kinds.indicator,
  style: { fill: '#ccfbf1', stroke: '#0f766e', text: '#111827', label: '#134e4a', dashed: true },
  // a gauge
  icon: 'M4 16a8 8 0 1 1 16 0M12 16l4-5',
  role: 'satellite',
  rank: 4,
  band: () => undefined,
  size: SATELLITE,
  shortcut: '5',
  fields: [
    ...COMMON_FIELDS,
    { key: 'group', editor: { type: 'group' } },
    { key: 'type', editor: choice(INDICATOR_TYPES) },
    { key: 'valueType', editor: choice(INDICATOR_VALUE_TYPES) },
    { key: 'direction', editor: choice(INDICATOR_DIRECTIONS) },
    { key: 'unit', editor: TEXT },
    { key: 'baseline', editor: { type: 'measurement' } },
    { key: 'targets', editor: { type: 'measurements' } },
    { key: 'source', editor: TEXT },
    { key: 'sourceLink', editor: { type: 'link' } },
    { key: 'frequency', editor: choice(FREQUENCIES) },
    { key: 'owner', editor: { type: 'partner' } },
    { key: 'disaggregation', editor: { type: 'list' } },
    { key: 'references', editor: { type: 'list' } },
    { key: 'code', editor: TEXT },
    { key: 'rollup', editor: choice(ROLLUPS) },
    { key: 'measurements', editor: { type: 'series' } },
  ],
  subtitle: (node, _document, language) => INDICATOR_TYPES.labels[node.type][language],
  connects: [
    { target: 'intervention', edge: 'measures' },
    { target: 'outcome', edge: 'measures' },
    { target: 'goal', edge: 'measures' },
  ],
  workshop: { capturedIn: 'partners-and-measures', shownIn: ['partners-and-measures'], votable: false, ballot: false },
});

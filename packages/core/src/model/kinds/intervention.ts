import { TEXTS } from '../locales/index.js';
import { z } from 'zod';
import { areaLabel } from '../areas.js';
import { EvidenceSchema, groupRef, IdSchema, nodeSchema, webLink } from '../primitives.js';
import { AREAS, DATABANKS, INTERVENTION_STATUSES, RECOGNITION_LEVELS } from '../values.js';
import { choice, COMMON_FIELDS, defineKind, WIDE } from './spec.js';

/**
 * An intervention's recognition: the databank (Loket Gezond Leven, Movisie, NJi), the level it was given, and
 * a link to its entry.
 *
 * @example
 * const recognition = RecognitionSchema.parse({ databank: 'movisie', level: 'well-founded' });
 */
export const RecognitionSchema = z.strictObject({
  databank: z.enum(DATABANKS.values),
  level: z.enum(RECOGNITION_LEVELS.values),
  link: webLink.optional(),
});

/** An intervention: what partners do, in an area, for target groups, carried by partners. */
export const InterventionNodeSchema = nodeSchema('intervention', {
  area: IdSchema.default(AREAS.values[0]).describe("Id of one of the document's areas (by default the five areas of the building blocks)."),
  group: groupRef,
  targetGroups: z.array(IdSchema).max(1_000).default([]).describe('Ids of target groups.'),
  actors: z.array(IdSchema).max(1_000).default([]).describe('Ids of the partners that carry it.'),
  status: z.enum(INTERVENTION_STATUSES.values).default('existing'),
  evidence: EvidenceSchema.optional().describe('The evidence for its working mechanism: a study, an evaluation, practice.'),
  recognition: RecognitionSchema.optional().describe('Its recognition in a databank of recognised interventions.'),
  priority: z.boolean().default(false).describe('Chosen as a priority (speerpunt).'),
});

/**
 * The intervention: where change starts, the bottom layer; the room votes on it and chooses priorities.
 *
 * @example
 * intervention.connects.map((c) => c.target); // ['mechanism', 'outcome']
 */
export const intervention = defineKind(InterventionNodeSchema, 'intervention', {
  ...TEXTS.kinds.intervention,
  style: { fill: '#bfdbfe', stroke: '#1d4ed8', text: '#111827', label: '#1e3a8a', dashed: false },
  // a play triangle: action
  icon: 'M7 5l12 7-12 7z',
  role: 'chain',
  rank: 0,
  band: () => 0,
  size: WIDE,
  shortcut: '4',
  fields: [
    ...COMMON_FIELDS,
    { key: 'group', editor: { type: 'group' } },
    { key: 'area', editor: { type: 'area' } },
    { key: 'status', editor: choice(INTERVENTION_STATUSES) },
    { key: 'priority', editor: { type: 'toggle' } },
    { key: 'actors', editor: { type: 'partners' } },
    { key: 'targetGroups', editor: { type: 'target-groups' } },
    { key: 'evidence', editor: { type: 'evidence' } },
    { key: 'recognition', editor: { type: 'recognition' } },
  ],
  subtitle: (node, document, language) => areaLabel(document, node.area, language),
  connects: [
    { target: 'mechanism', edge: 'leads-to' },
    { target: 'outcome', edge: 'leads-to' },
  ],
  workshop: { capturedIn: 'interventions', shownIn: ['interventions', 'prioritise', 'partners-and-measures'], votable: true, ballot: true },
});

/**
 * An intervention's recognition in a databank.
 *
 * @example
 * const recognition: Recognition = { databank: 'loket-gezond-leven', level: 'effective-first' };
 */
export type Recognition = z.output<typeof RecognitionSchema>;

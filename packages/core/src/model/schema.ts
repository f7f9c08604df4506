import { z } from 'zod';
import {
  ACTOR_DOMAINS,
  AREAS,
  CONFIDENCES,
  EDGE_KINDS,
  FREQUENCIES,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  GROUP_KINDS,
  INDICATOR_DIRECTIONS,
  INDICATOR_TYPES,
  INDICATOR_VALUE_TYPES,
  INTERVENTION_STATUSES,
  LAYOUT_DIRECTIONS,
  OUTCOME_HORIZONS,
  RISKS,
  SCOPE_LEVELS,
  SPHERES,
  WORKSHOP_STEPS,
} from './vocabulary.js';

/** The value of `format` in every file. */
export const FORMAT_NAME = 'veranderlogica';
/** The format version this library writes. Older versions are migrated on read. */
export const CURRENT_VERSION = 3;

/** Limits that keep hostile or accidental input from exhausting memory. */
export const LIMITS = {
  /** Largest JSON text `parseDocument` accepts, in characters (20 MiB). */
  maxTextLength: 20 * 1024 * 1024,
  /** Deepest nesting of objects and lists a file may have (a document needs six levels). */
  maxDepth: 64,
  /** At most this many errors are located and reported; one more says how many were left out. */
  maxReportedErrors: 100,
  /** A value quoted in a message is cut to this many characters. */
  maxQuotedLength: 80,
  maxNodes: 50_000,
  maxEdges: 200_000,
  maxActors: 5_000,
  /** Named versions kept inside one file. */
  maxVersions: 100,
  maxTitleLength: 500,
  maxTextFieldLength: 20_000,
  /** Largest |x| or |y| of a card's position, in diagram units. */
  maxCoordinate: 10_000_000,
} as const;

// Ids are short, URL- and file-safe tokens. They are stable: never changed, never reused.
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'id')
  .describe('Stable identifier: letters, digits, _ . : - (at most 64).');

const title = z.string().max(LIMITS.maxTitleLength);
const text = z.string().max(LIMITS.maxTextFieldLength);
const tags = z.array(z.string().min(1).max(100)).max(100);
/** Whether the YYYY-MM-DD at the start of a text is a day the calendar has (no 31 February). */
const onCalendar = (value: string) => {
  const [year, month, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
/** A calendar date, YYYY-MM-DD, that exists. */
const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date')
  .refine(onCalendar, { message: 'calendar-date', abort: true });
/** A timestamp in UTC, as written by `new Date().toISOString()`, on a day that exists. */
const isoDateTime = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/, 'datetime')
  .refine(onCalendar, { message: 'calendar-date', abort: true });
/** Links are web addresses only; `javascript:` and other schemes are refused. */
const webLink = z
  .string()
  .max(2_000)
  .regex(/^https?:\/\/[^\s]+$/, 'link');

export const EvidenceSchema = z
  .strictObject({
    source: text.describe('Where the evidence comes from (study, databank, practice).'),
    link: webLink.optional(),
  })
  .describe('Support for a claim, e.g. a recognised-interventions databank entry.');

/** The id of a group (strategy, speerpunt, bouwsteen or theme) a card belongs to. */
const groupRef = IdSchema.optional().describe('Id of the group (strategy, speerpunt, bouwsteen, theme) it belongs to.');

/** A node schema: the fields every node has (id and kind first, for readable files), then its own. */
function nodeSchema<const K extends string, const S extends z.core.$ZodLooseShape>(kind: K, own: S) {
  return z.strictObject({
    id: IdSchema,
    kind: z.literal(kind),
    title: title.describe('Short text on the card.'),
    description: text.default(''),
    tags: tags.default([]),
    ...own,
  });
}

export const GoalNodeSchema = nodeSchema('goal', {
  level: z.enum(GOAL_LEVELS.values).default('strategic'),
  horizon: z.enum(GOAL_HORIZONS.values).default('long'),
  sphere: z.enum(SPHERES.values).default('interest'),
  evidence: EvidenceSchema.optional(),
});

export const OutcomeNodeSchema = nodeSchema('outcome', {
  horizon: z.enum(OUTCOME_HORIZONS.values).default('short'),
  sphere: z.enum(SPHERES.values).default('influence'),
  group: groupRef,
  evidence: EvidenceSchema.optional(),
});

export const InterventionNodeSchema = nodeSchema('intervention', {
  area: IdSchema.default(AREAS.values[0]).describe("Id of one of the document's areas (by default the five areas of the building blocks)."),
  group: groupRef,
  targetGroups: z.array(IdSchema).max(1_000).default([]).describe('Ids of target groups.'),
  actors: z.array(IdSchema).max(1_000).default([]).describe('Ids of the partners that carry it.'),
  status: z.enum(INTERVENTION_STATUSES.values).default('existing'),
  evidence: EvidenceSchema.optional(),
  priority: z.boolean().default(false).describe('Chosen as a priority (speerpunt).'),
});

export const MechanismNodeSchema = nodeSchema('mechanism', {
  group: groupRef,
  evidence: EvidenceSchema.optional(),
});

/**
 * A value on a date: a baseline, a target or a measurement. Yes/no indicators
 * use 1 (yes) and 0 (no). A measurement over a period (a year, a quarter) is
 * dated on the period's last day.
 */
export const MeasurementSchema = z.strictObject({
  value: z.number().finite(),
  date: isoDate,
  source: z.string().max(1_000).optional().describe('Where this figure comes from, when it differs from the indicator’s source.'),
  note: z.string().max(2_000).optional().describe('A remark on this figure (a change of method, a partial year).'),
});

/** A short code or label: a disaggregation (sex, age) or a reference code (SDG 16.2.1). */
const shortLabel = z.string().min(1).max(100);

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
  measurements: z.array(MeasurementSchema).max(10_000).default([]),
});

export const AssumptionNodeSchema = nodeSchema('assumption', {
  risk: z.enum(RISKS.values).default('medium'),
});

export const NodeSchema = z.discriminatedUnion('kind', [
  GoalNodeSchema,
  OutcomeNodeSchema,
  InterventionNodeSchema,
  MechanismNodeSchema,
  IndicatorNodeSchema,
  AssumptionNodeSchema,
]);

export const EdgeSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(EDGE_KINDS.values),
  source: IdSchema,
  target: IdSchema,
  rationale: text.default('').describe('The "because": why the source leads to the target.'),
  evidence: EvidenceSchema.optional(),
  confidence: z.enum(CONFIDENCES.values).optional(),
});

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: title,
  domain: z.enum(ACTOR_DOMAINS.values).default('other'),
  contact: z.string().max(1_000).default('').describe('Contact person, phone, e-mail or website.'),
  offer: text.default('').describe('In a few sentences: what the partner offers (sociale kaart).'),
});

export const TargetGroupSchema = z.strictObject({
  id: IdSchema,
  name: title,
  risk: z
    .boolean()
    .default(false)
    .describe('A risk group: a higher risk of the problem the plan addresses (as victim, perpetrator or both).'),
  description: text.default(''),
});

/** A strategy, speerpunt, bouwsteen or theme that groups interventions, mechanisms, outcomes and indicators. */
export const GroupSchema = z.strictObject({
  id: IdSchema,
  title,
  description: text.default(''),
  kind: z.enum(GROUP_KINDS.values).default('strategy'),
  crossCutting: z.boolean().default(false).describe('An enabler that supports the whole plan (coordination, monitoring).'),
});

/** An area of work the coverage matrix counts interventions in. */
export const AreaSchema = z.strictObject({
  id: IdSchema,
  label: title.min(1),
});

/** A framework, plan or study the document follows or cites. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: title.min(1),
  link: webLink.optional(),
  description: text.default(''),
});

export const FactSchema = z.strictObject({
  id: IdSchema,
  statement: text,
  source: z.string().max(1_000).default(''),
  link: webLink.optional(),
});

export const ContextSchema = z.strictObject({
  problem: text.default('').describe('Nature and extent of the problem.'),
  facts: z.array(FactSchema).max(1_000).default([]),
});

export const ScopeSchema = z.strictObject({
  level: z.enum(SCOPE_LEVELS.values).default('municipality'),
  name: title.default(''),
  period: z
    .strictObject({
      start: z.number().int().min(1900).max(2200),
      end: z.number().int().min(1900).max(2200),
    })
    .optional(),
});

const coordinate = z.number().finite().min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate);

export const PositionSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  pinned: z.boolean().optional(),
});

export const LayoutSchema = z.strictObject({
  direction: z.enum(LAYOUT_DIRECTIONS.values).default('BT'),
  positions: z.record(IdSchema, PositionSchema).default({}),
});

export const ParkingLotItemSchema = z.strictObject({
  id: IdSchema,
  text,
  resolved: z.boolean().default(false),
});

/** An idea from the room that has no kind yet: brainstormed first, made a card of a kind later (`sortIdea`). */
export const IdeaSchema = z.strictObject({
  id: IdSchema,
  text: title.min(1),
});

export const WorkshopSchema = z.strictObject({
  step: z.enum(WORKSHOP_STEPS.values).default('problem'),
  dotsPerParticipant: z.number().int().min(1).max(50).default(3),
  votes: z.record(IdSchema, z.number().int().min(0).max(100_000)).default({}),
  participants: z.array(z.string().min(1).max(200)).max(500).default([]),
  parkingLot: z.array(ParkingLotItemSchema).max(1_000).default([]),
  ideas: z.array(IdeaSchema).max(1_000).default([]).describe('Ideas without a kind yet, waiting to be sorted into cards.'),
});

/** How progress is judged and how measurement files are read; see `indicatorProgress`. */
export const MonitoringSchema = z.strictObject({
  atRisk: z
    .number()
    .finite()
    .min(0)
    .max(1)
    .default(0.1)
    .describe('How far behind its trajectory an indicator may be and still be "at risk", as a share of the planned change.'),
  csvColumns: z
    .strictObject({
      indicator: z.string().min(1).max(200),
      date: z.string().min(1).max(200),
      value: z.string().min(1).max(200),
      source: z.string().min(1).max(200).optional(),
      note: z.string().min(1).max(200).optional(),
    })
    .optional()
    .describe('Which columns of a CSV file hold the indicator, date, value, source and note: remembered from the last import.'),
});

export const MetaSchema = z.strictObject({
  created: isoDateTime,
  updated: isoDateTime,
  authors: z.array(z.string().min(1).max(200)).max(200).default([]),
});

const planShape = {
  $schema: z.string().max(2_000).optional().describe('Where editors find the JSON Schema; ignored otherwise.'),
  format: z.literal(FORMAT_NAME),
  version: z.literal(CURRENT_VERSION),
  id: IdSchema,
  title,
  description: text.default(''),
  language: z.enum(['nl', 'en']).default('nl'),
  topic: IdSchema.optional().describe(
    "The plan's subject pack (see `listTopics`): it words the workshop's questions, examples and target groups. Without it, neutral wording for any subject.",
  ),
  scope: ScopeSchema.default({ level: 'municipality', name: '' }),
  context: ContextSchema.default({ problem: '', facts: [] }),
  nodes: z.array(NodeSchema).max(LIMITS.maxNodes),
  edges: z.array(EdgeSchema).max(LIMITS.maxEdges),
  actors: z.array(ActorSchema).max(LIMITS.maxActors).default([]),
  targetGroups: z.array(TargetGroupSchema).max(1_000).default([]),
  groups: z.array(GroupSchema).max(1_000).default([]).describe('Strategies, speerpunten, bouwstenen or themes.'),
  areas: z
    .array(AreaSchema)
    .min(1)
    .max(100)
    .optional()
    .describe('The areas of this plan; without it, the five areas of the national building blocks.'),
  sources: z.array(SourceSchema).max(1_000).default([]).describe('Frameworks and sources the plan follows or cites.'),
  layout: LayoutSchema.optional(),
  workshop: WorkshopSchema.optional(),
  monitoring: MonitoringSchema.optional(),
  meta: MetaSchema,
};

/** A plan as it stood when a version was made: a document without its own versions. */
export const PlanSnapshotSchema = z.strictObject(planShape);

/**
 * A named version kept inside the file ("Vastgesteld door de raad, 2025"), to compare the plan with. Kept
 * compactly: a version holds either the whole plan as it stood (`plan`), or only what changed since another
 * version (`base`, its id, and `changes`, a jsondiffpatch delta with cards and other records matched by id).
 * `makeVersion` chooses; `versionPlan` rebuilds any version exactly.
 */
export const VersionSchema = z.union([
  z.strictObject({
    id: IdSchema,
    name: title.min(1),
    created: isoDateTime,
    plan: PlanSnapshotSchema,
  }),
  z.strictObject({
    id: IdSchema,
    name: title.min(1),
    created: isoDateTime,
    base: IdSchema.describe('The version these changes are made on.'),
    changes: z.json().describe('What changed since the base version, as a jsondiffpatch delta (records matched by id).'),
  }),
  // In a file only: a version that keeps the whole plan keeps it compressed. Reading the file unpacks it (see
  // `serializeDocument`).
  z.strictObject({
    id: IdSchema,
    name: title.min(1),
    created: isoDateTime,
    packed: z
      .strictObject({
        size: z
          .number()
          .int()
          .min(1)
          .max(LIMITS.maxTextLength * 3),
        deflate: z
          .string()
          .max(LIMITS.maxTextLength)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
      })
      .describe("The plan's JSON (UTF-8, `size` bytes), DEFLATE-compressed (RFC 1951) and written in base64."),
  }),
]);

/**
 * A veranderlogica document, format version 3. See docs/format.md.
 *
 * @example
 * const result = DocumentSchema.safeParse(JSON.parse(text));
 */
export const DocumentSchema = z.strictObject({
  ...planShape,
  versions: z.array(VersionSchema).max(LIMITS.maxVersions).default([]).describe('Named versions of the plan, oldest first.'),
});

export type Evidence = z.output<typeof EvidenceSchema>;
export type GoalNode = z.output<typeof GoalNodeSchema>;
export type OutcomeNode = z.output<typeof OutcomeNodeSchema>;
export type InterventionNode = z.output<typeof InterventionNodeSchema>;
export type MechanismNode = z.output<typeof MechanismNodeSchema>;
export type IndicatorNode = z.output<typeof IndicatorNodeSchema>;
export type AssumptionNode = z.output<typeof AssumptionNodeSchema>;
export type Measurement = z.output<typeof MeasurementSchema>;
/** Any node; narrow on `kind`. */
export type ToCNode = z.output<typeof NodeSchema>;
export type Edge = z.output<typeof EdgeSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type TargetGroup = z.output<typeof TargetGroupSchema>;
export type Group = z.output<typeof GroupSchema>;
export type AreaDefinition = z.output<typeof AreaSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Fact = z.output<typeof FactSchema>;
export type Context = z.output<typeof ContextSchema>;
export type Scope = z.output<typeof ScopeSchema>;
export type Position = z.output<typeof PositionSchema>;
export type Layout = z.output<typeof LayoutSchema>;
export type ParkingLotItem = z.output<typeof ParkingLotItemSchema>;
export type Idea = z.output<typeof IdeaSchema>;
export type Workshop = z.output<typeof WorkshopSchema>;
export type Meta = z.output<typeof MetaSchema>;
export type Monitoring = z.output<typeof MonitoringSchema>;
export type Version = z.output<typeof VersionSchema>;
/** A plan kept inside a version: a document without versions. */
export type PlanSnapshot = z.output<typeof PlanSnapshotSchema>;
/** A parsed, complete document (all defaults filled in). */
export type Document = z.output<typeof DocumentSchema>;
/** What a file may contain: like `Document`, but fields with defaults may be left out. */
export type DocumentInput = z.input<typeof DocumentSchema>;
/** The node type for one kind. */
export type NodeOfKind<K extends ToCNode['kind']> = Extract<ToCNode, { kind: K }>;

import { LANGUAGES } from '../i18n/localized.js';
import { z } from 'zod';
import { ACTOR_DOMAINS, ADOPTING_BODIES, GROUP_KINDS, PLAN_STATUSES, LAYOUT_DIRECTIONS, SCOPE_LEVELS, WORKSHOP_STEPS } from './values.js';

/** The value of `format` in every file. */
export const FORMAT_NAME = 'veranderlogica';
/** The format version this library writes. Older versions are migrated on read. */
export const CURRENT_VERSION = 3;

import { IdSchema, isoDate, isoDateTime, LIMITS, text, title, webLink, type EvidenceSchema, type MeasurementSchema } from './primitives.js';
import { EdgeSchema, NodeSchema } from './graph.js';
import { CommentSchema, ReviewRoundSchema, SuggestionSchema } from './review.js';
import type { GoalNodeSchema } from './kinds/goal.js';
import type { OutcomeNodeSchema } from './kinds/outcome.js';
import type { MechanismNodeSchema } from './kinds/mechanism.js';
import type { InterventionNodeSchema } from './kinds/intervention.js';
import type { IndicatorNodeSchema } from './kinds/indicator.js';
import type { AssumptionNodeSchema } from './kinds/assumption.js';

export { LIMITS, IdSchema, MeasurementSchema } from './primitives.js';

export { NodeSchema, EdgeSchema };
export { CommentSchema, ReviewRoundSchema, SuggestionSchema } from './review.js';

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: title,
  domain: z.enum(ACTOR_DOMAINS.values).default('other'),
  contact: z.string().max(1_000).default('').describe('Contact person, phone, e-mail or website.'),
  offer: text.default('').describe('In a few sentences: what the partner offers (sociale kaart).'),
  code: z.string().max(50).optional().describe('A code that names the organisation in every plan of a region, such as its KvK number.'),
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

/**
 * A strategy, speerpunt, bouwsteen or theme that groups interventions, mechanisms, outcomes and indicators.
 *
 * @example
 * const group = GroupSchema.parse({ id: 'strategy-1', title: 'Voorlichting op scholen' });
 */
export const GroupSchema = z.strictObject({
  id: IdSchema,
  title,
  description: text.default(''),
  kind: z.enum(GROUP_KINDS.values).default('strategy'),
  crossCutting: z.boolean().default(false).describe('An enabler that supports the whole plan (coordination, monitoring).'),
});

/** An area of work the coverage matrix counts interventions in. */
const AreaSchema = z.strictObject({
  id: IdSchema,
  label: title.min(1),
});

/**
 * A framework, plan or study the document follows or cites.
 *
 * @example
 * const source = SourceSchema.parse({ id: 'source-1', title: 'Monitor Seksuele Gezondheid' });
 */
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
  population: z
    .number()
    .int()
    .min(0)
    .max(2_000_000_000)
    .optional()
    .describe('Inhabitants, for indicators a region averages by population.'),
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

/**
 * The schema of a plan's workshop state; `parse({})` gives a fresh one.
 *
 * @example
 * const workshop = WorkshopSchema.parse({});
 */
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

/**
 * When and by whom a plan was adopted (vastgesteld).
 *
 * @example
 * const adoption = AdoptionSchema.parse({ date: '2026-06-25', body: 'council' });
 */
export const AdoptionSchema = z.strictObject({
  date: isoDate,
  body: z.enum(ADOPTING_BODIES.values),
  reference: z.string().max(200).optional().describe("The decision's reference, e.g. a raadsbesluit number."),
});

/**
 * The plan a plan builds on: a municipality's regional plan, by its id, with the version, the file or the room
 * where it is found.
 *
 * @example
 * const parent = ParentSchema.parse({ id: 'regio-rijnmond', title: 'Regionale aanpak', file: '../regio.json' });
 */
export const ParentSchema = z.strictObject({
  id: IdSchema,
  title: title.optional(),
  version: z.string().max(500).optional().describe('The name or id of the version of the parent this plan follows.'),
  file: z.string().max(2_000).optional().describe('Where the parent plan is, relative to this file.'),
  room: IdSchema.optional().describe('The room on the server that holds the parent plan.'),
});

const MetaSchema = z.strictObject({
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
  language: z.enum(LANGUAGES).default(LANGUAGES[0]),
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
  status: z.enum(PLAN_STATUSES.values).default('concept').describe('A concept, out for review with the partners, or adopted.'),
  adoption: AdoptionSchema.optional().describe('When and by whom the plan was adopted.'),
  parent: ParentSchema.optional().describe(
    "The plan this one builds on (a municipality's region): its cards' `contributesTo` name that plan's cards.",
  ),
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
  comments: z.array(CommentSchema).max(LIMITS.maxComments).default([]).describe('Comments and replies, oldest first.'),
  suggestions: z.array(SuggestionSchema).max(LIMITS.maxComments).default([]).describe("Partners' proposed changes and the decisions."),
  reviews: z.array(ReviewRoundSchema).max(100).default([]).describe('Review rounds with the partners, oldest first.'),
});

/**
 * A source backing a connection or an intervention: a study, a databank entry, practice.
 *
 * @example
 * const evidence: Evidence | undefined = edge.evidence;
 */
export type Evidence = z.output<typeof EvidenceSchema>;
export type GoalNode = z.output<typeof GoalNodeSchema>;
export type OutcomeNode = z.output<typeof OutcomeNodeSchema>;
export type InterventionNode = z.output<typeof InterventionNodeSchema>;
export type MechanismNode = z.output<typeof MechanismNodeSchema>;
/**
 * An indicator: what is measured, its baseline, target, direction and measurements.
 *
 * @example
 * const indicators = document.nodes.filter((node): node is IndicatorNode => node.kind === 'indicator');
 */
export type IndicatorNode = z.output<typeof IndicatorNodeSchema>;
export type AssumptionNode = z.output<typeof AssumptionNodeSchema>;
/**
 * One measured value of an indicator, with its period and date.
 *
 * @example
 * const latest: Measurement | undefined = indicator.measurements.at(-1);
 */
export type Measurement = z.output<typeof MeasurementSchema>;
/**
 * Any node; narrow on `kind`.
 *
 * @example
 * const titles = document.nodes.map((node: ToCNode) => node.title);
 */
export type ToCNode = z.output<typeof NodeSchema>;
/**
 * A connection between two nodes: `leads-to`, `measures` or `underlies`.
 *
 * @example
 * const edge: Edge = createEdge(intervention, mechanism);
 */
export type Edge = z.output<typeof EdgeSchema>;
/**
 * A partner in the network (GGD, Veilig Thuis, police, a school) that carries interventions.
 *
 * @example
 * const ggd: Actor = createActor({ name: 'GGD', domain: 'care' });
 */
export type Actor = z.output<typeof ActorSchema>;
/**
 * A group the plan reaches: young people, parents, professionals.
 *
 * @example
 * const youth: TargetGroup = createTargetGroup({ name: 'Jongeren 12–18' });
 */
export type TargetGroup = z.output<typeof TargetGroupSchema>;
/**
 * A group of cards: a strategy, a line of action or a programme.
 *
 * @example
 * const strategies: readonly Group[] = document.groups.filter((group) => group.kind === 'strategy');
 */
export type Group = z.output<typeof GroupSchema>;
export type AreaDefinition = z.output<typeof AreaSchema>;
/**
 * A source the plan cites: a study, a report, a databank.
 *
 * @example
 * const sources: readonly Source[] = document.sources;
 */
export type Source = z.output<typeof SourceSchema>;
/**
 * A fact in the plan's context: a figure about the problem, with its source.
 *
 * @example
 * const facts: readonly Fact[] = document.context.facts;
 */
export type Fact = z.output<typeof FactSchema>;
export type Context = z.output<typeof ContextSchema>;
export type Scope = z.output<typeof ScopeSchema>;
/**
 * Where a card stands on the canvas.
 *
 * @example
 * const position: Position | undefined = positionOf(document, 'goal-1');
 */
export type Position = z.output<typeof PositionSchema>;
export type Layout = z.output<typeof LayoutSchema>;
/**
 * A note on the workshop's parking lot.
 *
 * @example
 * const notes: readonly ParkingLotItem[] = document.workshop?.parkingLot ?? [];
 */
export type ParkingLotItem = z.output<typeof ParkingLotItemSchema>;
export type Idea = z.output<typeof IdeaSchema>;
export type Workshop = z.output<typeof WorkshopSchema>;
export type Meta = z.output<typeof MetaSchema>;
/**
 * When and by whom a plan was adopted.
 *
 * @example
 * const adoption: Adoption = { date: '2026-06-25', body: 'council', reference: 'RB 2026-41' };
 */
export type Adoption = z.output<typeof AdoptionSchema>;
/**
 * The plan a plan builds on.
 *
 * @example
 * const parent: Parent | undefined = document.parent;
 */
export type Parent = z.output<typeof ParentSchema>;
export type Monitoring = z.output<typeof MonitoringSchema>;
export type Version = z.output<typeof VersionSchema>;
/** A plan kept inside a version: a document without versions. */
export type PlanSnapshot = z.output<typeof PlanSnapshotSchema>;
/**
 * A parsed, complete document (all defaults filled in).
 *
 * @example
 * const result = parseDocument(text);
 * if (result.ok) {
 *   const document: Document = result.document;
 *   console.log(document.title, document.nodes.length);
 * }
 */
// An interface rather than an alias, so editors, the API report and the reference show its name, not its fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Document extends z.output<typeof DocumentSchema> {}
/** What a file may contain: like `Document`, but fields with defaults may be left out. */
export type DocumentInput = z.input<typeof DocumentSchema>;
/**
 * The node type for one kind.
 *
 * @example
 * const goal: NodeOfKind<'goal'> = createNode('goal', { title: 'Minder seksueel geweld' });
 */
export type NodeOfKind<K extends ToCNode['kind']> = Extract<ToCNode, { kind: K }>;

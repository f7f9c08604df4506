import type { Localized } from '../i18n/localized.js';
import { TEXTS } from './locales/index.js';

/**
 * Enumerated values of the format, each with its Dutch and English label.
 * Keys in files are English; people see the labels. Defined once here and
 * used by the schema, the exports and the editor.
 */
export function vocabulary<const K extends string>(entries: Record<K, Localized>) {
  return { values: Object.keys(entries) as [K, ...K[]], labels: entries };
}

/**
 * The three kinds of connection, with labels.
 *
 * @example
 * EDGE_KINDS.labels['leads-to'].nl; // 'leidt tot'
 */
export const EDGE_KINDS = vocabulary(TEXTS.vocabulary.edgeKinds);

/**
 * The levels of a goal: strategic, tactical, operational, with labels.
 *
 * @example
 * GOAL_LEVELS.labels.tactical.nl; // 'tactisch'
 */
export const GOAL_LEVELS = vocabulary(TEXTS.vocabulary.goalLevels);

/**
 * The time horizons of a goal: long or short term, with labels.
 *
 * @example
 * GOAL_HORIZONS.values; // ['long', 'short']
 */
export const GOAL_HORIZONS = vocabulary(TEXTS.vocabulary.goalHorizons);

/**
 * The time horizons of an outcome: short, medium, long, with labels.
 *
 * @example
 * OUTCOME_HORIZONS.labels.short.en; // 'short term'
 */
export const OUTCOME_HORIZONS = vocabulary(TEXTS.vocabulary.outcomeHorizons);

/** Line of accountability: what partners control, influence, or only care about. */
export const SPHERES = vocabulary(TEXTS.vocabulary.spheres);

/**
 * The five content areas of the national building blocks (bouwsteen 4): the
 * default areas of a document. A document may declare its own list instead
 * (`areas`); see `documentAreas`.
 */
export const AREAS = vocabulary(TEXTS.vocabulary.areas);

export const INTERVENTION_STATUSES = vocabulary(TEXTS.vocabulary.interventionStatuses);

export const INDICATOR_TYPES = vocabulary(TEXTS.vocabulary.indicatorTypes);

/** Which way an indicator should move for the plan to work. */
export const INDICATOR_DIRECTIONS = vocabulary(TEXTS.vocabulary.indicatorDirections);

/** The arrow beside a direction wherever it is shown (report, workbook, Indicatoren): ↓ lager is beter. */
export const INDICATOR_DIRECTION_MARKS: Readonly<Record<(typeof INDICATOR_DIRECTIONS.values)[number], string>> = {
  increase: '↑',
  decrease: '↓',
  maintain: '→',
  unknown: '?',
};

/** What an indicator's values are. A yes/no indicator records 1 for yes and 0 for no. */
export const INDICATOR_VALUE_TYPES = vocabulary(TEXTS.vocabulary.indicatorValueTypes);

/**
 * How a plan groups its work: strategies, speerpunten, bouwstenen or themes.
 *
 * @example
 * GROUP_KINDS.values; // ['strategy', …]
 */
export const GROUP_KINDS = vocabulary(TEXTS.vocabulary.groupKinds);

export const FREQUENCIES = vocabulary(TEXTS.vocabulary.frequencies);

/**
 * Where an indicator stands against its target trajectory (see `indicatorProgress`).
 *
 * @example
 * PROGRESS_STATUSES.labels['at-risk'].nl; // 'aandacht nodig'
 */
export const PROGRESS_STATUSES = vocabulary(TEXTS.vocabulary.progressStatuses);

export const RISKS = vocabulary(TEXTS.vocabulary.risks);

/**
 * How sure the network is of a connection: low, medium or high, with labels.
 *
 * @example
 * CONFIDENCES.values; // ['low', 'medium', 'high']
 */
export const CONFIDENCES = vocabulary(TEXTS.vocabulary.confidences);

/**
 * Domains of network partners (gemeente, sociaal, zorg, veiligheid, justitie, onderwijs, …).
 *
 * @example
 * ACTOR_DOMAINS.values; // ['government', 'care', 'safety', …]
 * ACTOR_DOMAINS.labels.safety.en; // 'safety'
 */
export const ACTOR_DOMAINS = vocabulary(TEXTS.vocabulary.actorDomains);

/**
 * Whose plan it is: a municipality, a region, a province, the country, or one organisation.
 *
 * @example
 * SCOPE_LEVELS.labels.region.nl; // 'regio'
 */
export const SCOPE_LEVELS = vocabulary(TEXTS.vocabulary.scopeLevels);

export const LAYOUT_DIRECTIONS = vocabulary(TEXTS.vocabulary.layoutDirections);

/**
 * The guided steps of a bliksemtraject, in order.
 *
 * @example
 * WORKSHOP_STEPS.values[0]; // 'problem'
 */
export const WORKSHOP_STEPS = vocabulary(TEXTS.vocabulary.workshopSteps);

/**
 * Where a plan stands: a concept, out for review with the partners, or adopted.
 *
 * @example
 * PLAN_STATUSES.labels.adopted.nl; // 'vastgesteld'
 */
export const PLAN_STATUSES = vocabulary(TEXTS.vocabulary.planStatuses);

/**
 * Who adopts a plan: the college, the council, or the regional meeting of aldermen.
 *
 * @example
 * ADOPTING_BODIES.labels.council.nl; // 'de gemeenteraad'
 */
export const ADOPTING_BODIES = vocabulary(TEXTS.vocabulary.adoptingBodies);

/**
 * The databanks that recognise interventions in the Netherlands.
 *
 * @example
 * DATABANKS.labels['loket-gezond-leven'].nl; // 'Loket Gezond Leven (RIVM)'
 */
export const DATABANKS = vocabulary(TEXTS.vocabulary.databanks);

/**
 * The levels of the recognition process, from well described to effective with strong indications.
 *
 * @example
 * RECOGNITION_LEVELS.labels['well-founded'].nl; // 'goed onderbouwd'
 */
export const RECOGNITION_LEVELS = vocabulary(TEXTS.vocabulary.recognitionLevels);

/**
 * How a region adds an indicator up from its municipalities' figures.
 *
 * @example
 * ROLLUPS.labels.weighted.nl; // 'gemiddelde naar inwonertal'
 */
export const ROLLUPS = vocabulary(TEXTS.vocabulary.rollups);

/**
 * What became of a partner's suggestion: still open, taken into the plan, or declined with a reason.
 *
 * @example
 * SUGGESTION_STATUSES.labels.declined.nl; // 'niet overgenomen'
 */
export const SUGGESTION_STATUSES = vocabulary(TEXTS.vocabulary.suggestionStatuses);

/**
 * Whether a comment thread still asks for something.
 *
 * @example
 * COMMENT_STATUSES.labels.resolved.nl; // 'afgehandeld'
 */
export const COMMENT_STATUSES = vocabulary(TEXTS.vocabulary.commentStatuses);

/**
 * One of the three kinds of connection.
 *
 * @example
 * const kind: EdgeKind = 'measures';
 */
export type EdgeKind = (typeof EDGE_KINDS.values)[number];
/**
 * A goal's level.
 *
 * @example
 * const level: GoalLevel = 'strategic';
 */
export type GoalLevel = (typeof GOAL_LEVELS.values)[number];
/**
 * A goal's time horizon.
 *
 * @example
 * const horizon: GoalHorizon = 'long';
 */
export type GoalHorizon = (typeof GOAL_HORIZONS.values)[number];
export type OutcomeHorizon = (typeof OUTCOME_HORIZONS.values)[number];
export type Sphere = (typeof SPHERES.values)[number];
/** One of the five default areas. */
export type DefaultArea = (typeof AREAS.values)[number];
/**
 * An area id: one of the document's own areas, by default one of the five of {@link AREAS}.
 *
 * @example
 * const area: Area = 'prevention';
 */
export type Area = string;
export type InterventionStatus = (typeof INTERVENTION_STATUSES.values)[number];
export type IndicatorType = (typeof INDICATOR_TYPES.values)[number];
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS.values)[number];
export type IndicatorValueType = (typeof INDICATOR_VALUE_TYPES.values)[number];
export type GroupKind = (typeof GROUP_KINDS.values)[number];
export type Frequency = (typeof FREQUENCIES.values)[number];
export type Risk = (typeof RISKS.values)[number];
export type Confidence = (typeof CONFIDENCES.values)[number];
export type ActorDomain = (typeof ACTOR_DOMAINS.values)[number];
export type ScopeLevel = (typeof SCOPE_LEVELS.values)[number];
/**
 * Where a plan stands.
 *
 * @example
 * const status: PlanStatus = 'review';
 */
export type PlanStatus = (typeof PLAN_STATUSES.values)[number];
/**
 * Who adopts a plan.
 *
 * @example
 * const body: AdoptingBody = 'council';
 */
export type AdoptingBody = (typeof ADOPTING_BODIES.values)[number];
/**
 * A level of the recognition process.
 *
 * @example
 * const level: RecognitionLevel = 'effective-first';
 */
export type RecognitionLevel = (typeof RECOGNITION_LEVELS.values)[number];
/**
 * The direction the diagram reads in.
 *
 * @example
 * const direction: LayoutDirection = 'BT'; // bottom to top: goals at the top
 */
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS.values)[number];
/**
 * One step of the bliksemtraject.
 *
 * @example
 * const step: WorkshopStep = 'interventions';
 */
export type WorkshopStep = (typeof WORKSHOP_STEPS.values)[number];

/** Order of goal levels, from operational (0) up to strategic (2). */
export const GOAL_LEVEL_RANK = { operational: 0, tactical: 1, strategic: 2 } as const;

import type { Localized } from '../i18n/localized.js';

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
export const EDGE_KINDS = vocabulary({
  'leads-to': { nl: 'leidt tot', en: 'leads to' },
  measures: { nl: 'meet', en: 'measures' },
  underlies: { nl: 'onderbouwt', en: 'underlies' },
});

/**
 * The levels of a goal: strategic, tactical, operational, with labels.
 *
 * @example
 * GOAL_LEVELS.labels.tactical.nl; // 'tactisch'
 */
export const GOAL_LEVELS = vocabulary({
  strategic: { nl: 'strategisch', en: 'strategic' },
  tactical: { nl: 'tactisch', en: 'tactical' },
  operational: { nl: 'operationeel', en: 'operational' },
});

/**
 * The time horizons of a goal: long or short term, with labels.
 *
 * @example
 * GOAL_HORIZONS.values; // ['long', 'short']
 */
export const GOAL_HORIZONS = vocabulary({
  long: { nl: 'lange termijn', en: 'long term' },
  short: { nl: 'korte termijn', en: 'short term' },
});

/**
 * The time horizons of an outcome: short, medium, long, with labels.
 *
 * @example
 * OUTCOME_HORIZONS.labels.short.en; // 'short term'
 */
export const OUTCOME_HORIZONS = vocabulary({
  short: { nl: 'korte termijn', en: 'short term' },
  medium: { nl: 'middellange termijn', en: 'medium term' },
  long: { nl: 'lange termijn', en: 'long term' },
});

/** Line of accountability: what partners control, influence, or only care about. */
export const SPHERES = vocabulary({
  control: { nl: 'in eigen hand', en: 'control' },
  influence: { nl: 'invloed', en: 'influence' },
  interest: { nl: 'belang', en: 'interest' },
});

/**
 * The five content areas of the national building blocks (bouwsteen 4): the
 * default areas of a document. A document may declare its own list instead
 * (`areas`); see `documentAreas`.
 */
export const AREAS = vocabulary({
  prevention: { nl: 'preventie', en: 'prevention' },
  signalling: { nl: 'signalering', en: 'signalling' },
  'care-and-support': { nl: 'zorg en ondersteuning', en: 'care and support' },
  environment: { nl: 'omgeving', en: 'environment' },
  'enforcement-and-aftercare': { nl: 'handhaving en nazorg', en: 'enforcement and aftercare' },
});

export const INTERVENTION_STATUSES = vocabulary({
  existing: { nl: 'bestaand', en: 'existing' },
  planned: { nl: 'gepland', en: 'planned' },
  idea: { nl: 'idee', en: 'idea' },
});

export const INDICATOR_TYPES = vocabulary({
  process: { nl: 'proces', en: 'process' },
  effect: { nl: 'effect', en: 'effect' },
});

/** Which way an indicator should move for the plan to work. */
export const INDICATOR_DIRECTIONS = vocabulary({
  increase: { nl: 'hoger is beter', en: 'higher is better' },
  decrease: { nl: 'lager is beter', en: 'lower is better' },
  maintain: { nl: 'gelijk houden', en: 'keep level' },
  // A plan from format 1 without a target to tell the way: the user is asked (rule `indicator-direction-unknown`).
  unknown: { nl: 'richting onbekend', en: 'direction unknown' },
});

/** The arrow beside a direction wherever it is shown (report, workbook, Indicatoren): ↓ lager is beter. */
export const INDICATOR_DIRECTION_MARKS: Readonly<Record<(typeof INDICATOR_DIRECTIONS.values)[number], string>> = {
  increase: '↑',
  decrease: '↓',
  maintain: '→',
  unknown: '?',
};

/** What an indicator's values are. A yes/no indicator records 1 for yes and 0 for no. */
export const INDICATOR_VALUE_TYPES = vocabulary({
  number: { nl: 'getal', en: 'number' },
  percentage: { nl: 'percentage', en: 'percentage' },
  count: { nl: 'aantal', en: 'count' },
  'yes-no': { nl: 'ja/nee', en: 'yes/no' },
});

/**
 * How a plan groups its work: strategies, speerpunten, bouwstenen or themes.
 *
 * @example
 * GROUP_KINDS.values; // ['strategy', …]
 */
export const GROUP_KINDS = vocabulary({
  strategy: { nl: 'strategie', en: 'strategy' },
  priority: { nl: 'speerpunt', en: 'priority' },
  'building-block': { nl: 'bouwsteen', en: 'building block' },
  theme: { nl: 'thema', en: 'theme' },
});

export const FREQUENCIES = vocabulary({
  once: { nl: 'eenmalig', en: 'once' },
  monthly: { nl: 'maandelijks', en: 'monthly' },
  quarterly: { nl: 'per kwartaal', en: 'quarterly' },
  'half-yearly': { nl: 'halfjaarlijks', en: 'half-yearly' },
  yearly: { nl: 'jaarlijks', en: 'yearly' },
  biennial: { nl: 'tweejaarlijks', en: 'every two years' },
  'every-3-years': { nl: 'elke drie jaar', en: 'every three years' },
  'every-4-years': { nl: 'elke vier jaar', en: 'every four years' },
  'every-5-years': { nl: 'elke vijf jaar', en: 'every five years' },
});

/**
 * Where an indicator stands against its target trajectory (see `indicatorProgress`).
 *
 * @example
 * PROGRESS_STATUSES.labels['at-risk'].nl; // 'aandacht nodig'
 */
export const PROGRESS_STATUSES = vocabulary({
  'on-track': { nl: 'op koers', en: 'on track' },
  'at-risk': { nl: 'aandacht nodig', en: 'at risk' },
  'off-track': { nl: 'achter op koers', en: 'off track' },
  'not-measured': { nl: 'nog niet gemeten', en: 'not measured' },
  'no-target': { nl: 'geen streefwaarde', en: 'no target' },
  'no-direction': { nl: 'richting onbekend', en: 'direction unknown' },
});

export const RISKS = vocabulary({
  low: { nl: 'laag', en: 'low' },
  medium: { nl: 'middel', en: 'medium' },
  high: { nl: 'hoog', en: 'high' },
});

/**
 * How sure the network is of a connection: low, medium or high, with labels.
 *
 * @example
 * CONFIDENCES.values; // ['low', 'medium', 'high']
 */
export const CONFIDENCES = vocabulary({
  low: { nl: 'laag', en: 'low' },
  medium: { nl: 'middel', en: 'medium' },
  high: { nl: 'hoog', en: 'high' },
});

/**
 * Domains of network partners (gemeente, sociaal, zorg, veiligheid, justitie, onderwijs, …).
 *
 * @example
 * ACTOR_DOMAINS.values; // ['government', 'care', 'safety', …]
 * ACTOR_DOMAINS.labels.safety.en; // 'safety'
 */
export const ACTOR_DOMAINS = vocabulary({
  government: { nl: 'gemeente en overheid', en: 'municipality and government' },
  social: { nl: 'sociaal', en: 'social' },
  care: { nl: 'zorg', en: 'care' },
  safety: { nl: 'veiligheid', en: 'safety' },
  justice: { nl: 'justitie', en: 'justice' },
  education: { nl: 'onderwijs', en: 'education' },
  'work-and-income': { nl: 'werk en inkomen', en: 'work and income' },
  research: { nl: 'onderzoek', en: 'research' },
  housing: { nl: 'wonen', en: 'housing' },
  culture: { nl: 'bibliotheek en cultuur', en: 'library and culture' },
  other: { nl: 'overig', en: 'other' },
});

/**
 * Whose plan it is: a municipality, a region, a province, the country, or one organisation.
 *
 * @example
 * SCOPE_LEVELS.labels.region.nl; // 'regio'
 */
export const SCOPE_LEVELS = vocabulary({
  municipality: { nl: 'gemeente', en: 'municipality' },
  region: { nl: 'regio', en: 'region' },
  province: { nl: 'provincie', en: 'province' },
  national: { nl: 'landelijk', en: 'national' },
  organisation: { nl: 'organisatie', en: 'organisation' },
});

export const LAYOUT_DIRECTIONS = vocabulary({
  BT: { nl: 'van onder naar boven', en: 'bottom to top' },
  LR: { nl: 'van links naar rechts', en: 'left to right' },
});

/**
 * The guided steps of a bliksemtraject, in order.
 *
 * @example
 * WORKSHOP_STEPS.values[0]; // 'problem'
 */
export const WORKSHOP_STEPS = vocabulary({
  problem: { nl: 'Probleem en context', en: 'Problem and context' },
  goals: { nl: 'Doelen', en: 'Goals' },
  interventions: { nl: 'Interventies', en: 'Interventions' },
  mechanisms: { nl: 'Werkzame mechanismen', en: 'Working mechanisms' },
  prioritise: { nl: 'Prioriteren', en: 'Prioritise' },
  'partners-and-measures': { nl: 'Partners en meten', en: 'Partners and measures' },
});

/**
 * Where a plan stands: a concept, out for review with the partners, or adopted.
 *
 * @example
 * PLAN_STATUSES.labels.adopted.nl; // 'vastgesteld'
 */
export const PLAN_STATUSES = vocabulary({
  concept: { nl: 'concept', en: 'draft' },
  review: { nl: 'in review', en: 'in review' },
  adopted: { nl: 'vastgesteld', en: 'adopted' },
});

/**
 * Who adopts a plan: the college, the council, or the regional meeting of aldermen.
 *
 * @example
 * ADOPTING_BODIES.labels.council.nl; // 'de gemeenteraad'
 */
export const ADOPTING_BODIES = vocabulary({
  college: { nl: 'het college van B en W', en: 'the municipal executive' },
  council: { nl: 'de gemeenteraad', en: 'the municipal council' },
  region: { nl: 'het regionaal bestuurlijk overleg', en: 'the regional meeting of aldermen' },
  board: { nl: 'het bestuur van de organisatie', en: 'the board of the organisation' },
});

/**
 * The databanks that recognise interventions in the Netherlands.
 *
 * @example
 * DATABANKS.labels['loket-gezond-leven'].nl; // 'Loket Gezond Leven (RIVM)'
 */
export const DATABANKS = vocabulary({
  'loket-gezond-leven': { nl: 'Loket Gezond Leven (RIVM)', en: 'Loket Gezond Leven (RIVM)' },
  movisie: { nl: 'Movisie', en: 'Movisie' },
  nji: { nl: 'Nederlands Jeugdinstituut (NJi)', en: 'Netherlands Youth Institute (NJi)' },
  other: { nl: 'andere databank', en: 'other databank' },
});

/**
 * The levels of the recognition process, from well described to effective with strong indications.
 *
 * @example
 * RECOGNITION_LEVELS.labels['well-founded'].nl; // 'goed onderbouwd'
 */
export const RECOGNITION_LEVELS = vocabulary({
  'well-described': { nl: 'goed beschreven', en: 'well described' },
  'well-founded': { nl: 'goed onderbouwd', en: 'well founded' },
  'effective-first': { nl: 'effectief: eerste aanwijzingen', en: 'effective: first indications' },
  'effective-good': { nl: 'effectief: goede aanwijzingen', en: 'effective: good indications' },
  'effective-strong': { nl: 'effectief: sterke aanwijzingen', en: 'effective: strong indications' },
});

/**
 * How a region adds an indicator up from its municipalities' figures.
 *
 * @example
 * ROLLUPS.labels.weighted.nl; // 'gemiddelde naar inwonertal'
 */
export const ROLLUPS = vocabulary({
  sum: { nl: 'optellen', en: 'sum' },
  mean: { nl: 'gemiddelde', en: 'mean' },
  weighted: { nl: 'gemiddelde naar inwonertal', en: 'mean weighted by population' },
});

/**
 * What became of a partner's suggestion: still open, taken into the plan, or declined with a reason.
 *
 * @example
 * SUGGESTION_STATUSES.labels.declined.nl; // 'niet overgenomen'
 */
export const SUGGESTION_STATUSES = vocabulary({
  open: { nl: 'open', en: 'open' },
  accepted: { nl: 'overgenomen', en: 'accepted' },
  declined: { nl: 'niet overgenomen', en: 'declined' },
});

/**
 * Whether a comment thread still asks for something.
 *
 * @example
 * COMMENT_STATUSES.labels.resolved.nl; // 'afgehandeld'
 */
export const COMMENT_STATUSES = vocabulary({
  open: { nl: 'open', en: 'open' },
  resolved: { nl: 'afgehandeld', en: 'resolved' },
});

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

import type { Language, Localized } from '../i18n/localized.js';
import { formatMessage } from '../i18n/format.js';
import { areaLabel } from './areas.js';
import type { z } from 'zod';
import {
  AssumptionNodeSchema,
  GoalNodeSchema,
  IndicatorNodeSchema,
  InterventionNodeSchema,
  MechanismNodeSchema,
  OutcomeNodeSchema,
  type Document,
  type NodeOfKind,
} from './schema.js';
import { KIND_STYLES, type KindStyle } from './style.js';
import {
  FREQUENCIES,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_TYPES,
  INDICATOR_VALUE_TYPES,
  INTERVENTION_STATUSES,
  SPHERES,
  NODE_KIND_PLURALS,
  NODE_KINDS,
  OUTCOME_HORIZONS,
  RISKS,
  type NodeKind,
} from './vocabulary.js';

/**
 * A kind's place in the picture: `chain` kinds form the causal chain from
 * intervention to goal, each in its own layer; `satellite` kinds (indicators,
 * assumptions) sit beside the card they measure or underlie.
 */
export type KindRole = 'chain' | 'satellite';

/** Which vocabulary a choice field offers. */
export type Vocabulary = { readonly values: readonly string[]; readonly labels: Readonly<Record<string, Localized>> };

/**
 * How a field is edited. The editor has one control per editor kind; the
 * kind specs say which field gets which, so no kind-specific form is written
 * by hand.
 */
export type FieldEditor =
  | { readonly type: 'text'; readonly multiline?: boolean }
  | { readonly type: 'list' }
  | { readonly type: 'choice'; readonly options: Vocabulary }
  | { readonly type: 'toggle' }
  | { readonly type: 'link' }
  | { readonly type: 'area' }
  | { readonly type: 'group' }
  | { readonly type: 'partner' }
  | { readonly type: 'partners' }
  | { readonly type: 'target-groups' }
  | { readonly type: 'measurement' }
  | { readonly type: 'measurements' }
  /** A series of measurements over time with source and note, shown with the indicator's progress. */
  | { readonly type: 'series' }
  | { readonly type: 'evidence' };

/** One editable field of a kind: the key in the format and how it is edited. */
export interface FieldSpec<K extends NodeKind> {
  readonly key: Exclude<keyof NodeOfKind<K>, 'id' | 'kind'> & string;
  readonly editor: FieldEditor;
}

/** Everything the packages need to know about one node kind, in one place. */
export interface KindSpec<K extends NodeKind> {
  readonly kind: K;
  /** The zod schema of a card of this kind. */
  readonly schema: z.ZodType<NodeOfKind<K>>;
  readonly label: Localized;
  readonly plural: Localized;
  /** The kind as a word inside a sentence: "doel", "werkzaam mechanisme". */
  readonly noun: Localized;
  /** The same with its article: "een doel", "an outcome". */
  readonly withArticle: Localized;
  readonly style: KindStyle;
  /** A small line icon as an SVG path on a 24 × 24 grid (stroked, round joins), so kinds differ by shape as well as colour. */
  readonly icon: string;
  readonly role: KindRole;
  /** Layer from the bottom for chain kinds (intervention 0 … goal 3); satellites rank after the chain. */
  readonly rank: number;
  /** Default card size in diagram units. */
  readonly size: { readonly width: number; readonly height: number };
  /** The key that adds a card of this kind in the editor. */
  readonly shortcut: string;
  /**
   * Every field of the kind that people edit, in the order the inspector
   * shows them (title, description and tags first, as every kind has them).
   * A test checks that together they cover the kind's schema.
   */
  readonly fields: readonly FieldSpec<K>[];
  /** The short line a card shows under its kind label: level, horizon, area, type or risk. */
  readonly subtitle: (node: NodeOfKind<K>, document: Pick<Document, 'areas'>, language: Language) => string;
}

type KindSpecs = { readonly [K in NodeKind]: KindSpec<K> };

const text = { type: 'text' } as const;
const choice = (options: Vocabulary) => ({ type: 'choice', options }) as const;
const COMMON = [
  { key: 'title', editor: text },
  { key: 'description', editor: { type: 'text', multiline: true } },
  { key: 'tags', editor: { type: 'list' } },
] as const;

const WIDE = { width: 240, height: 90 } as const;
const CARD = { width: 220, height: 80 } as const;
const SATELLITE = { width: 200, height: 70 } as const;

const base = <K extends NodeKind>(kind: K) => {
  const label = NODE_KINDS.labels[kind];
  const noun = { nl: label.nl.toLowerCase(), en: label.en.toLowerCase() };
  const article = /^[aeiou]/.test(noun.en) ? 'an' : 'a';
  return {
    kind,
    label,
    plural: NODE_KIND_PLURALS[kind],
    noun,
    withArticle: { nl: `een ${noun.nl}`, en: `${article} ${noun.en}` },
    style: KIND_STYLES[kind],
  };
};

/**
 * The registry of node kinds: one entry per kind, typed so that a kind added
 * to the vocabulary does not compile until it has an entry here. The layout,
 * the UI, the editor and the exports read kinds from here.
 *
 * @example
 * NODE_KIND_SPECS.goal.label.nl; // 'Doel'
 * NODE_KIND_SPECS.indicator.role; // 'satellite'
 */
export const NODE_KIND_SPECS: KindSpecs = {
  goal: {
    ...base('goal'),
    schema: GoalNodeSchema,
    // a flag
    icon: 'M5 21V4m0 0h11l-2 4 2 4H5',
    role: 'chain',
    rank: 3,
    size: WIDE,
    shortcut: '1',
    fields: [
      ...COMMON,
      { key: 'level', editor: choice(GOAL_LEVELS) },
      { key: 'horizon', editor: choice(GOAL_HORIZONS) },
      { key: 'sphere', editor: choice(SPHERES) },
      { key: 'evidence', editor: { type: 'evidence' } },
    ],
    subtitle: (node, _document, language) => `${GOAL_LEVELS.labels[node.level][language]}, ${GOAL_HORIZONS.labels[node.horizon][language]}`,
  },
  outcome: {
    ...base('outcome'),
    schema: OutcomeNodeSchema,
    // rising steps
    icon: 'M4 18h5v-5h5V8h6',
    role: 'chain',
    rank: 2,
    size: CARD,
    shortcut: '2',
    fields: [
      ...COMMON,
      { key: 'group', editor: { type: 'group' } },
      { key: 'horizon', editor: choice(OUTCOME_HORIZONS) },
      { key: 'sphere', editor: choice(SPHERES) },
      { key: 'evidence', editor: { type: 'evidence' } },
    ],
    subtitle: (node, _document, language) => OUTCOME_HORIZONS.labels[node.horizon][language],
  },
  mechanism: {
    ...base('mechanism'),
    schema: MechanismNodeSchema,
    // a cog: why it works
    icon: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm0-5v3m0 12v3m9-9h-3M6 12H3m15.4-6.4-2.1 2.1M7.7 16.3l-2.1 2.1m12.8 0-2.1-2.1M7.7 7.7 5.6 5.6',
    role: 'chain',
    rank: 1,
    size: CARD,
    shortcut: '3',
    fields: [...COMMON, { key: 'group', editor: { type: 'group' } }, { key: 'evidence', editor: { type: 'evidence' } }],
    subtitle: () => '',
  },
  intervention: {
    ...base('intervention'),
    schema: InterventionNodeSchema,
    // a play triangle: action
    icon: 'M7 5l12 7-12 7z',
    role: 'chain',
    rank: 0,
    size: WIDE,
    shortcut: '4',
    fields: [
      ...COMMON,
      { key: 'group', editor: { type: 'group' } },
      { key: 'area', editor: { type: 'area' } },
      { key: 'status', editor: choice(INTERVENTION_STATUSES) },
      { key: 'priority', editor: { type: 'toggle' } },
      { key: 'actors', editor: { type: 'partners' } },
      { key: 'targetGroups', editor: { type: 'target-groups' } },
      { key: 'evidence', editor: { type: 'evidence' } },
    ],
    subtitle: (node, document, language) => areaLabel(document, node.area, language),
  },
  indicator: {
    ...base('indicator'),
    schema: IndicatorNodeSchema,
    // a gauge
    icon: 'M4 16a8 8 0 1 1 16 0M12 16l4-5',
    role: 'satellite',
    rank: 4,
    size: SATELLITE,
    shortcut: '5',
    fields: [
      ...COMMON,
      { key: 'group', editor: { type: 'group' } },
      { key: 'type', editor: choice(INDICATOR_TYPES) },
      { key: 'valueType', editor: choice(INDICATOR_VALUE_TYPES) },
      { key: 'direction', editor: choice(INDICATOR_DIRECTIONS) },
      { key: 'unit', editor: text },
      { key: 'baseline', editor: { type: 'measurement' } },
      { key: 'targets', editor: { type: 'measurements' } },
      { key: 'source', editor: text },
      { key: 'sourceLink', editor: { type: 'link' } },
      { key: 'frequency', editor: choice(FREQUENCIES) },
      { key: 'owner', editor: { type: 'partner' } },
      { key: 'disaggregation', editor: { type: 'list' } },
      { key: 'references', editor: { type: 'list' } },
      { key: 'measurements', editor: { type: 'series' } },
    ],
    subtitle: (node, _document, language) => INDICATOR_TYPES.labels[node.type][language],
  },
  assumption: {
    ...base('assumption'),
    schema: AssumptionNodeSchema,
    // a pillar
    icon: 'M6 20h12M8 20V8m8 12V8M5 8h14l-7-4z',
    role: 'satellite',
    rank: 5,
    size: SATELLITE,
    shortcut: '6',
    fields: [...COMMON, { key: 'risk', editor: choice(RISKS) }],
    subtitle: (node, _document, language) =>
      language === 'nl' ? `risico ${RISKS.labels[node.risk].nl}` : `${RISKS.labels[node.risk].en} risk`,
  },
};

/**
 * Every kind in display order (goal first, as the palette and reports list them).
 *
 * @example
 * KIND_ORDER; // ['goal', 'outcome', 'mechanism', 'intervention', 'indicator', 'assumption']
 */
export const KIND_ORDER: readonly NodeKind[] = NODE_KINDS.values;

/**
 * Every kind from where change starts to where it ends, satellites last:
 * the order of layers, legends and diagram exports.
 *
 * @example
 * KINDS_BY_RANK; // ['intervention', 'mechanism', 'outcome', 'goal', 'indicator', 'assumption']
 */
export const KINDS_BY_RANK: readonly NodeKind[] = [...KIND_ORDER].sort((a, b) => NODE_KIND_SPECS[a].rank - NODE_KIND_SPECS[b].rank);

/**
 * The kinds of the causal chain in order, from intervention to goal.
 *
 * @example
 * CHAIN_ORDER; // ['intervention', 'mechanism', 'outcome', 'goal']
 */
export const CHAIN_ORDER: readonly NodeKind[] = KINDS_BY_RANK.filter((kind) => NODE_KIND_SPECS[kind].role === 'chain');

/**
 * The kind as a word after a count, singular or plural as the language
 * wants it: "1 uitkomst", "6 uitkomsten".
 *
 * @example
 * `${n} ${kindNoun('outcome', n, 'nl')}`; // '6 uitkomsten'
 */
export function kindNoun(kind: NodeKind, count: number, language: Language): string {
  const spec = NODE_KIND_SPECS[kind];
  return formatMessage(`{count, plural, one {${spec.noun[language]}} other {${spec.plural[language].toLowerCase()}}}`, { count }, language);
}

/**
 * The subtitle a card shows, through the kind's spec.
 *
 * @example
 * cardSubtitle(goal, document, 'nl'); // 'strategisch'
 */
export function cardSubtitle(node: NodeOfKind<NodeKind>, document: Pick<Document, 'areas'>, language: Language): string {
  // One spec per kind: the node's kind picks the spec that takes exactly that node.
  const subtitle = NODE_KIND_SPECS[node.kind].subtitle as KindSpec<NodeKind>['subtitle'];
  return subtitle(node, document, language);
}

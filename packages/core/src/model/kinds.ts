import type { Language, Localized } from '../i18n/localized.js';
import { areaLabel } from './areas.js';
import type { Document, NodeOfKind } from './schema.js';
import { KIND_STYLES, type KindStyle } from './style.js';
import {
  GOAL_HORIZONS,
  GOAL_LEVELS,
  INDICATOR_TYPES,
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

/** Everything the packages need to know about one node kind, in one place. */
export interface KindSpec<K extends NodeKind> {
  readonly kind: K;
  readonly label: Localized;
  readonly plural: Localized;
  /** The kind as a word inside a sentence: "doel", "werkzaam mechanisme". */
  readonly noun: Localized;
  /** The same with its article: "een doel", "an outcome". */
  readonly withArticle: Localized;
  readonly style: KindStyle;
  readonly role: KindRole;
  /** Layer from the bottom for chain kinds (intervention 0 … goal 3); satellites rank after the chain. */
  readonly rank: number;
  /** Default card size in diagram units. */
  readonly size: { readonly width: number; readonly height: number };
  /** The key that adds a card of this kind in the editor. */
  readonly shortcut: string;
  /** Whether cards of this kind may name a group (strategy, speerpunt, …). */
  readonly groupable: boolean;
  /** The short line a card shows under its kind label: level, horizon, area, type or risk. */
  readonly subtitle: (node: NodeOfKind<K>, document: Pick<Document, 'areas'>, language: Language) => string;
}

type KindSpecs = { readonly [K in NodeKind]: KindSpec<K> };

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
    role: 'chain',
    rank: 3,
    size: WIDE,
    shortcut: '1',
    groupable: false,
    subtitle: (node, _document, language) => `${GOAL_LEVELS.labels[node.level][language]}, ${GOAL_HORIZONS.labels[node.horizon][language]}`,
  },
  outcome: {
    ...base('outcome'),
    role: 'chain',
    rank: 2,
    size: CARD,
    shortcut: '2',
    groupable: true,
    subtitle: (node, _document, language) => OUTCOME_HORIZONS.labels[node.horizon][language],
  },
  mechanism: {
    ...base('mechanism'),
    role: 'chain',
    rank: 1,
    size: CARD,
    shortcut: '3',
    groupable: true,
    subtitle: () => '',
  },
  intervention: {
    ...base('intervention'),
    role: 'chain',
    rank: 0,
    size: WIDE,
    shortcut: '4',
    groupable: true,
    subtitle: (node, document, language) => areaLabel(document, node.area, language),
  },
  indicator: {
    ...base('indicator'),
    role: 'satellite',
    rank: 4,
    size: SATELLITE,
    shortcut: '5',
    groupable: true,
    subtitle: (node, _document, language) => INDICATOR_TYPES.labels[node.type][language],
  },
  assumption: {
    ...base('assumption'),
    role: 'satellite',
    rank: 5,
    size: SATELLITE,
    shortcut: '6',
    groupable: false,
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

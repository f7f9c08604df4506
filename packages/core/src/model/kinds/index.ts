import { formatMessage } from '../../i18n/format.js';
import type { Language, Localized } from '../../i18n/localized.js';
import type { Document, NodeOfKind } from '../schema.js';
import type { KindStyle } from '../style.js';
import { KIND_MODULES } from './list.js';
import type { CardField, KindDefinition } from './spec.js';

export type {
  Card,
  CardField,
  FieldEditor,
  KindConnection,
  KindDefinition,
  KindModule,
  KindRole,
  KindWorkshop,
  Vocabulary,
} from './spec.js';
export { KIND_MODULES } from './list.js';

/**
 * A kind of card: one of the modules of {@link KIND_MODULES}.
 *
 * @example
 * const kind: NodeKind = 'mechanism';
 */
export type NodeKind = (typeof KIND_MODULES)[number]['kind'];

/** Everything the packages need to know about one node kind, from its module. */
export type KindSpec<K extends NodeKind> = KindDefinition<NodeOfKind<K>>;

/**
 * One editable field of a kind: the key in the format and how it is edited.
 *
 * @example
 * const fields: readonly FieldSpec<'indicator'>[] = NODE_KIND_SPECS.indicator.fields;
 */
export type FieldSpec<K extends NodeKind> = CardField<NodeOfKind<K>>;

/** Every kind's spec, by kind. */
export type KindSpecs = { readonly [K in NodeKind]: KindSpec<K> };

const byKind = <T>(pick: (module: (typeof KIND_MODULES)[number]) => T) =>
  Object.fromEntries(KIND_MODULES.map((module) => [module.kind, pick(module)])) as Record<NodeKind, T>;

/**
 * The kinds of card as a vocabulary: their keys in files, in display order, and their labels.
 *
 * @example
 * NODE_KINDS.labels.mechanism.nl; // 'Werkzaam mechanisme'
 */
export const NODE_KINDS = {
  values: KIND_MODULES.map((module) => module.kind) as unknown as [NodeKind, ...NodeKind[]],
  labels: byKind((module): Localized => module.label),
};

/**
 * Plural labels, for headings and layer bands.
 *
 * @example
 * NODE_KIND_PLURALS.intervention.nl; // 'interventies'
 */
export const NODE_KIND_PLURALS: Readonly<Record<NodeKind, Localized>> = byKind((module) => module.plural);

/**
 * The registry of node kinds, by kind: each entry is the kind's module (`kinds/goal.ts`, …). The layout, the UI,
 * the editor and the exports read kinds from here.
 *
 * @example
 * NODE_KIND_SPECS.goal.label.nl; // 'Doel'
 * NODE_KIND_SPECS.indicator.role; // 'satellite'
 */
export const NODE_KIND_SPECS: KindSpecs = byKind((module) => module) as unknown as KindSpecs;

/**
 * One palette for all renderings. Light fills with dark text keep a contrast
 * ratio above 7:1, readable from the back of a room on a projector.
 *
 * @example
 * KIND_STYLES.goal.fill; // the goal card's fill colour
 */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = byKind((module) => module.style);

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

/**
 * The band a chain card is layered in (see {@link KindDefinition.band}); `undefined` for a satellite.
 *
 * @example
 * layerBand(goal); // 7 for a strategic goal within the line of accountability
 */
export function layerBand(node: NodeOfKind<NodeKind>): number | undefined {
  const band = NODE_KIND_SPECS[node.kind].band as KindSpec<NodeKind>['band'];
  return band(node);
}

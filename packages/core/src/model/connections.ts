import { inEveryLanguage, type Localized } from '../i18n/localized.js';
import { KINDS_BY_RANK, NODE_KIND_SPECS } from './kinds.js';
import type { EdgeKind, NodeKind } from './vocabulary.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

/**
 * The only connections the model allows, as one table read from the kinds' modules (`connects`), from where change
 * starts to where it ends. For each source kind the first rule names the next step of the chain (the editor
 * creates that kind when a user drags from a card to empty space). Validation, the editor's connect gesture, the
 * layout and the docs all read this.
 *
 * @example
 * CONNECTION_RULES.filter((rule) => rule.source === 'intervention').map((rule) => rule.target);
 */
export const CONNECTION_RULES: readonly ConnectionRule[] = KINDS_BY_RANK.flatMap((source) =>
  NODE_KIND_SPECS[source].connects.map((rule) => ({ source, target: rule.target as NodeKind, edge: rule.edge })),
);

export interface ConnectionRule {
  readonly source: NodeKind;
  readonly target: NodeKind;
  readonly edge: EdgeKind;
}

// A nested table: no string building on the hot path (validation classifies every edge).
const kindByPair: Partial<Record<NodeKind, Partial<Record<NodeKind, EdgeKind>>>> = {};
for (const rule of CONNECTION_RULES) (kindByPair[rule.source] ??= {})[rule.target] = rule.edge;

/**
 * The edge kind for a connection from a node of one kind to another, or
 * `undefined` when the model does not allow that connection.
 *
 * @example
 * edgeKindFor('intervention', 'mechanism'); // 'leads-to'
 * edgeKindFor('goal', 'intervention');      // undefined
 */
export function edgeKindFor(source: NodeKind, target: NodeKind): EdgeKind | undefined {
  return kindByPair[source]?.[target];
}

/** Causal edges form the chains; only they count for paths and cycles. */
export function isCausal(kind: EdgeKind): boolean {
  return kind === 'leads-to';
}

/**
 * The kinds a node of `kind` may point to, in chain order. The editor uses
 * the first one to create "the next card" when a user drags to empty space.
 *
 * @example
 * nextKindsInChain('intervention'); // ['mechanism', 'outcome']
 */
export function nextKindsInChain(kind: NodeKind): NodeKind[] {
  return CONNECTION_RULES.filter((rule) => rule.source === kind).map((rule) => rule.target);
}

/**
 * The kinds that may point to a node of `kind`, the nearest step of the chain first (for an outcome: the mechanism,
 * then the intervention, then another outcome), satellites last: what the outline offers to add under a card.
 *
 * @example
 * previousKindsInChain('goal'); // ['outcome', 'goal', 'indicator', 'assumption']
 */
export function previousKindsInChain(kind: NodeKind): NodeKind[] {
  const rank = NODE_KIND_SPECS[kind].rank;
  const order = (source: NodeKind) => {
    const spec = NODE_KIND_SPECS[source];
    if (spec.role === 'satellite') return 2_000 + spec.rank;
    return spec.rank < rank ? rank - spec.rank : 1_000 + spec.rank;
  };
  return CONNECTION_RULES.filter((rule) => rule.target === kind)
    .map((rule) => rule.source)
    .sort((a, b) => order(a) - order(b));
}

/**
 * Explains in both languages why a connection is refused.
 *
 * @example
 * explainForbiddenConnection('goal', 'intervention').nl; // 'Een doel kan niet naar een interventie wijzen; wel naar: doel.'
 */
export function explainForbiddenConnection(source: NodeKind, target: NodeKind): Localized {
  const allowedTargets = nextKindsInChain(source);
  const article = NODE_KIND_SPECS[source].withArticle;
  const from: Localized = inEveryLanguage((language) => capitalise(article[language]));
  if (allowedTargets.length === 0) return localizeMessage(TEXTS.connections.nowhere, { from });
  const to = NODE_KIND_SPECS[target].withArticle;
  const allowed = inEveryLanguage((language) => allowedTargets.map((kind) => NODE_KIND_SPECS[kind].noun[language]).join(', '));
  return localizeMessage(TEXTS.connections.forbidden, { from, to, allowed });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export { GOAL_LEVEL_RANK } from './values.js';

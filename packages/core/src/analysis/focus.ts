import type { Document, ToCNode } from '../model/schema.js';
import { indexDocument, reachable } from '../validate/graph-index.js';

/**
 * What part of a plan a picture or a presentation shows.
 *
 * @example
 * const focus: Focus = { goal: 'goal-1' };
 * const part = focusedPart(document, focus);
 */
export interface Focus {
  /** The chains that lead to this goal, with the goal itself. */
  readonly goal?: string;
  /**
   * Only what this group's (strategy's, speerpunt's) interventions lead to,
   * and the group's own cards; `null`: the interventions that are in no group.
   */
  readonly group?: string | null;
  /**
   * Only the chains through these cards: the cards that lead to them (within
   * the goal and group), and the cards themselves. For a page of a plan too
   * large to read at once (the report's atlas).
   */
  readonly through?: readonly string[];
  /** With `through`: the card they lead into, shown as well (where the chains go on). */
  readonly into?: string;
  /** With `through`: only the cards at most this many connections before them (1: what leads straight to them). */
  readonly depth?: number;
}

/**
 * The cards and connections of a focus.
 *
 * @example
 * const part: FocusedPart = focusedPart(document, { goal: 'goal-1' });
 */
export interface FocusedPart {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const groupOf = (node: ToCNode): string | undefined => ('group' in node ? node.group : undefined);

/**
 * The part of a plan a focus selects: the causal cards on the chosen chains
 * (from the group's interventions, or from all, to the goal, or onwards to
 * wherever they lead), the indicators that measure those cards, the
 * assumptions under them, and every connection between the selected cards.
 * Without a goal or a group it selects the whole plan. `through` narrows
 * that to what leads to the given cards (and `into`, where they lead). Linear time.
 *
 * @example
 * const { nodes, edges } = focusedPart(document, { goal: 'goal-1', group: 'strategy-2' });
 * const branch = focusedPart(document, { goal: 'goal-1', through: ['outcome-3'], into: 'goal-1' });
 */
export function focusedPart(document: Document, focus: Focus): FocusedPart {
  if (focus.goal === undefined && focus.group === undefined && focus.through === undefined) {
    return { nodes: new Set(document.nodes.map((node) => node.id)), edges: new Set(document.edges.map((edge) => edge.id)) };
  }
  const index = indexDocument(document);
  const groups = new Set(document.groups.map((group) => group.id));
  const inFocus = (node: ToCNode) => {
    if (focus.group === undefined) return true;
    const group = groupOf(node);
    return focus.group === null ? group === undefined || !groups.has(group) : group === focus.group;
  };
  const starts = document.nodes.filter((node) => node.kind === 'intervention' && inFocus(node)).map((node) => node.id);
  const downstream = reachable(index, starts, 'out');
  const nodes = new Set<string>();
  if (focus.goal !== undefined) {
    if (!index.nodeById.has(focus.goal)) return { nodes, edges: new Set() };
    const upstream = reachable(index, [focus.goal], 'in');
    for (const id of index.causal.ids) if (upstream.has(id) && downstream.has(id)) nodes.add(id);
    nodes.add(focus.goal);
  } else {
    for (const id of index.causal.ids) if (downstream.has(id)) nodes.add(id);
    if (focus.group !== undefined && focus.group !== null)
      for (const node of document.nodes) if (groupOf(node) === focus.group && node.kind !== 'indicator') nodes.add(node.id);
  }
  if (focus.through !== undefined) {
    const upstream = focus.depth === undefined ? reachable(index, focus.through, 'in') : within(index, focus.through, focus.depth);
    for (const id of nodes) if (!upstream.has(id) || !index.nodeById.has(id)) nodes.delete(id);
    if (focus.into !== undefined && index.nodeById.has(focus.into)) nodes.add(focus.into);
  }
  // Indicators and assumptions come with the cards they measure or underlie.
  const attached: string[] = [];
  for (const edge of document.edges) {
    if (edge.kind !== 'leads-to' && nodes.has(edge.target) && index.nodeById.has(edge.source)) attached.push(edge.source);
  }
  for (const id of attached) nodes.add(id);
  const edges = new Set<string>();
  for (const edge of document.edges) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  return { nodes, edges };
}

/** The cards at most `depth` causal connections before the given ones, and those themselves. */
function within(index: ReturnType<typeof indexDocument>, starts: readonly string[], depth: number): { has(id: string): boolean } {
  const seen = new Set(starts);
  let frontier = [...starts];
  for (let step = 0; step < depth && frontier.length; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const edge of index.causalIn.get(id) ?? [])
        if (!seen.has(edge.source)) {
          seen.add(edge.source);
          next.push(edge.source);
        }
    frontier = next;
  }
  return seen;
}

/**
 * A document with only the given part of the plan: the same title, lists and
 * settings, the selected cards and connections, and the saved order of those
 * cards (not their pins: a part is laid out afresh, without the gaps the rest
 * of the plan would leave). For pictures of one goal or one strategy.
 *
 * @example
 * const partial = partOfDocument(document, focusedPart(document, { goal: 'goal-1' }));
 */
export function partOfDocument(document: Document, part: FocusedPart): Document {
  return {
    ...document,
    nodes: document.nodes.filter((node) => part.nodes.has(node.id)),
    edges: document.edges.filter((edge) => part.edges.has(edge.id)),
    ...(document.layout && {
      layout: {
        direction: document.layout.direction,
        positions: Object.fromEntries(
          Object.entries(document.layout.positions)
            .filter(([id]) => part.nodes.has(id))
            .map(([id, position]) => [id, { ...position, pinned: false }]),
        ),
      },
    }),
  };
}

/**
 * The groups (strategies, speerpunten) whose interventions have a chain to
 * the goal, in document order; `null` for interventions in no group. What a
 * goal's chains split into when they are too many to show at once.
 *
 * @example
 * goalGroups(document, 'goal-1'); // ['strategy-1', 'strategy-2', null]
 */
export function goalGroups(document: Document, goal: string): (string | null)[] {
  const chains = focusedPart(document, { goal });
  const known = new Set(document.groups.map((group) => group.id));
  const groups = new Set<string | null>();
  for (const node of document.nodes) {
    if (node.kind !== 'intervention' || !chains.nodes.has(node.id)) continue;
    groups.add(node.group !== undefined && known.has(node.group) ? node.group : null);
  }
  return [...groups];
}

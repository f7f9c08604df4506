import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import {
  cardSubtitle,
  type Document,
  type Edge,
  type EdgeKind,
  type Finding,
  inEveryLanguage,
  KIND_ORDER,
  type Language,
  type Localized,
  NODE_KIND_SPECS,
  type NodeOfKind,
  positionOf,
  type ToCNode,
} from '@veranderlogica/core';
import { indicatorProgress, progressThresholds, sparklineSvg, type ProgressStatus } from '@veranderlogica/core/measurements';
import { votesFor } from '@veranderlogica/core/workshop';
import { openCommentCounts } from '@veranderlogica/core/review';
import { CARD_BEFORE_MEASURED } from './card-size.js';

/** What a card shows besides the node itself. */
export interface CardData extends Record<string, unknown> {
  readonly node: ToCNode;
  readonly direction: 'BT' | 'LR';
  readonly errors: number;
  readonly warnings: number;
  readonly votes: number;
  /** While a workshop builds the plan: what is still to do on this card, shown instead of the error and warning counts. */
  readonly todo?: Localized | undefined;
  /** Faded out, e.g. when a presenter highlights the chains of one goal. */
  readonly dimmed: boolean;
  /** The line under the kind label (level, horizon, area, …), from the kind's spec. */
  readonly subtitle: Localized;
  /** The plan's own language: the title breaks between its syllables by that language's rules. */
  readonly contentLanguage: Language;
  /** Others in a live room who have this card selected (editing it), with their colour. */
  readonly others?: readonly CoEditor[] | undefined;
  /** An indicator's status against its trajectory, and a sparkline of its measurements (the core's SVG). */
  readonly progress?: { readonly status: ProgressStatus; readonly sparkline: string } | undefined;
  /** While comparing with another version: whether this card is new, changed, or a ghost of a removed one. */
  readonly compare?: CompareMark | undefined;
  /** On a participant's phone: a card this participant proposed. */
  readonly mine?: boolean | undefined;
  /** Open comment threads about this card (partners' review), shown as a mark on it. */
  readonly comments?: number | undefined;
}

/** How a card differs from the version it is compared with. */
export type CompareMark = 'added' | 'changed' | 'removed';

/** Someone else in a live room, as their cards show them. */
export interface CoEditor {
  readonly name: string;
  readonly color: string;
}

export type CardNode = FlowNode<CardData, 'card'>;
/** A route a layout computed for a connection: its bends, from the source card's border to the target's. */
export type Route = readonly { readonly x: number; readonly y: number }[];

export type ConnectionEdge = FlowEdge<
  {
    kind: EdgeKind;
    route?: Route;
    compare?: 'added' | 'changed';
    /** Why it holds, the evidence and the confidence, shown when the pointer rests on it. */
    because?: Pick<Edge, 'rationale' | 'evidence' | 'confidence'>;
  },
  'connection'
>;

export interface FlowState {
  readonly findings: readonly Finding[];
  readonly selected: ReadonlySet<string>;
  /** When set, everything else is dimmed. */
  readonly highlighted?: ReadonlySet<string>;
  /** Sizes React Flow measured, kept by the canvas (controlled flows must hand them back, or the minimap stays empty). */
  readonly sizes?: ReadonlyMap<string, { width: number; height: number }>;
  /** Routes to draw connections along (those of the last auto-layout, while their cards have not moved). */
  readonly routes?: ReadonlyMap<string, Route>;
  /** While a workshop builds the plan (`stepTodos`): what is left to do per card, instead of error and warning badges. */
  readonly todos?: ReadonlyMap<string, Localized>;
  /** In a live room: per card, the others who have it selected. */
  readonly others?: ReadonlyMap<string, readonly CoEditor[]>;
  /** While a room votes, the counts stay off the cards until the facilitator reveals them. */
  readonly hideVotes?: boolean;
  /** While comparing with another version: cards and connections added or changed (rewired) since, by id. */
  readonly compare?: ReadonlyMap<string, 'added' | 'changed'>;
  /** On a participant's phone: the cards this participant proposed, marked as theirs. */
  readonly mine?: ReadonlySet<string>;
  /** While comparing: the cards removed since, drawn as ghosts where they stood. */
  readonly ghosts?: readonly {
    readonly node: ToCNode;
    readonly position: { readonly x: number; readonly y: number };
    /** `added`: a card a suggestion would add, drawn where it would stand; otherwise a removed card. */
    readonly mark?: 'removed' | 'added';
  }[];
}

const FALLBACK_SPACING = { across: 280, along: 170 };

/**
 * Where a card goes when the document has no position for it yet: a simple
 * grid, one row per kind, until an auto-layout places it properly.
 */
export function fallbackPositions(document: Document): Map<string, { x: number; y: number }> {
  const direction = document.layout?.direction ?? 'BT';
  const counters = new Map<ToCNode['kind'], number>();
  const rows = Math.max(...KIND_ORDER.map((kind) => NODE_KIND_SPECS[kind].rank)) + 1;
  const out = new Map<string, { x: number; y: number }>();
  for (const node of document.nodes) {
    if (positionOf(document, node.id)) continue;
    const i = counters.get(node.kind) ?? 0;
    counters.set(node.kind, i + 1);
    const row = NODE_KIND_SPECS[node.kind].rank;
    const along = (direction === 'BT' ? rows - 1 - row : row) * FALLBACK_SPACING.along;
    const across = i * FALLBACK_SPACING.across;
    out.set(node.id, direction === 'BT' ? { x: across, y: along } : { x: along, y: across });
  }
  return out;
}

/**
 * Maps a document to React Flow nodes and edges. The mapper remembers what it
 * made: an unchanged node (same object, same position, same badges) gets the
 * very same React Flow node back, so memoised cards do not re-render. Call
 * {@link createFlowMapper} once per canvas.
 *
 * @example
 * const toFlow = createFlowMapper();
 * const { nodes, edges } = toFlow(document, { findings, selected });
 */
export function createFlowMapper() {
  const nodeCache = new WeakMap<ToCNode, { key: string; dataKey: string; flow: CardNode }>();
  const edgeCache = new WeakMap<Edge, { key: string; flow: ConnectionEdge }>();
  // An indicator's status and sparkline change only with the card or the threshold: not judged again on every
  // selection or resize, which also run the mapper.
  const progressCache = new WeakMap<ToCNode, { atRisk: number; progress: NonNullable<CardData['progress']> }>();
  const progressOf = (node: NodeOfKind<'indicator'>, atRisk: number): NonNullable<CardData['progress']> => {
    const cached = progressCache.get(node);
    if (cached && cached.atRisk === atRisk) return cached.progress;
    const judged = indicatorProgress(node, { atRisk });
    const progress = {
      status: judged.status,
      sparkline: node.measurements.length
        ? sparklineSvg(node.measurements, { width: 96, height: 20, target: judged.target?.value, label: node.title })
        : '',
    };
    progressCache.set(node, { atRisk, progress });
    return progress;
  };
  let previous: { nodes: CardNode[]; edges: ConnectionEdge[] } = { nodes: [], edges: [] };
  return function toFlow(document: Document, state: FlowState): { nodes: CardNode[]; edges: ConnectionEdge[] } {
    const direction = document.layout?.direction ?? 'BT';
    const counts = new Map<string, { errors: number; warnings: number }>();
    for (const finding of state.findings) {
      if (finding.severity === 'info') continue;
      for (const id of finding.ids) {
        const entry = counts.get(id) ?? { errors: 0, warnings: 0 };
        if (finding.severity === 'error') entry.errors++;
        else entry.warnings++;
        counts.set(id, entry);
      }
    }
    const fallback = fallbackPositions(document);
    const ids = new Set(document.nodes.map((node) => node.id));
    const thresholds = progressThresholds(document);
    // Open threads per card, counted only when the plan has comments at all.
    const threads = document.comments.length > 0 ? openCommentCounts(document) : undefined;
    const nodes = document.nodes.map((node): CardNode => {
      const position = positionOf(document, node.id) ?? fallback.get(node.id)!;
      const count = counts.get(node.id) ?? { errors: 0, warnings: 0 };
      const selected = state.selected.has(node.id);
      const dimmed = state.highlighted !== undefined && !state.highlighted.has(node.id);
      const v = state.hideVotes ? 0 : votesFor(document, node.id);
      const subtitle = inEveryLanguage((language) => cardSubtitle(node, document, language));
      const size = state.sizes?.get(node.id);
      const todo = state.todos?.get(node.id);
      const others = state.others?.get(node.id);
      const mark = state.compare?.get(node.id);
      const mine = state.mine?.has(node.id) === true;
      const comments = threads?.get(node.id);
      const progress = node.kind === 'indicator' ? progressOf(node, thresholds.atRisk) : undefined;
      // What the card draws: while it holds, the card keeps the very same `data`, so a memoised card does not render
      // again when only its place, its measured size or its selection changes (React Flow draws those around it).
      const dataKey = `${comments ?? 0},${mine},${mark ?? ''},${progress?.status ?? ''},${thresholds.atRisk},${others?.map((o) => o.name + o.color).join('|') ?? ''},${count.errors},${count.warnings},${v},${dimmed},${direction},${subtitle.nl},${document.language},${state.todos ? `todo:${todo?.nl ?? ''}` : ''}`;
      const key = `${dataKey},${position.x},${position.y},${selected},${size?.width},${size?.height}`;
      const cached = nodeCache.get(node);
      if (cached && cached.key === key) return cached.flow;
      const data: CardData =
        cached && cached.dataKey === dataKey
          ? cached.flow.data
          : state.todos
            ? {
                node,
                direction,
                errors: 0,
                warnings: 0,
                todo,
                votes: v,
                dimmed,
                subtitle,
                contentLanguage: document.language,
                others,
                progress,
                compare: mark,
                mine,
                comments,
              }
            : {
                comments,
                others,
                progress,
                compare: mark,
                mine,
                node,
                direction,
                errors: count.errors,
                warnings: count.warnings,
                votes: v,
                dimmed,
                subtitle,
                contentLanguage: document.language,
              };
      const flow: CardNode = {
        id: node.id,
        type: 'card',
        position: { x: position.x, y: position.y },
        selected,
        data,
        ariaLabel: node.title,
        // Measured: the size React Flow found. Not yet: drawn at once at the size a card most likely has.
        ...(size ? { measured: size } : { initialWidth: CARD_BEFORE_MEASURED.width, initialHeight: CARD_BEFORE_MEASURED.height }),
      };
      nodeCache.set(node, { key, dataKey, flow });
      return flow;
    });
    for (const ghost of state.ghosts ?? []) {
      if (ids.has(ghost.node.id)) continue;
      nodes.push({
        id: `ghost:${ghost.node.id}`,
        type: 'card',
        position: { x: ghost.position.x, y: ghost.position.y },
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        data: {
          node: ghost.node,
          direction,
          errors: 0,
          warnings: 0,
          votes: 0,
          dimmed: false,
          subtitle: inEveryLanguage((language) => cardSubtitle(ghost.node, document, language)),
          contentLanguage: document.language,
          compare: ghost.mark ?? 'removed',
        },
        ariaLabel: ghost.node.title,
      });
    }
    const edges = document.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge): ConnectionEdge => {
        const selected = state.selected.has(edge.id);
        const dimmed = state.highlighted !== undefined && !state.highlighted.has(edge.id);
        const route = state.routes?.get(edge.id);
        const compare = state.compare?.get(edge.id);
        const key = `${selected},${dimmed},${compare ?? ''},${route ? route.map((p) => `${p.x} ${p.y}`).join(' ') : ''}`;
        const cached = edgeCache.get(edge);
        if (cached && cached.key === key) return cached.flow;
        const flow: ConnectionEdge = {
          id: edge.id,
          type: 'connection',
          source: edge.source,
          target: edge.target,
          selected,
          data: {
            kind: edge.kind,
            ...(route && { route }),
            ...(compare && { compare }),
            ...((edge.rationale || edge.evidence || edge.confidence) && { because: edge }),
          },
          className: `vl-edge vl-edge--${edge.kind}${route ? ' vl-edge--routed' : ''}${dimmed ? ' vl-dimmed' : ''}${compare ? ` vl-edge--compare-${compare}` : ''}`,
          ariaLabel: edge.rationale || undefined,
        };
        edgeCache.set(edge, { key, flow });
        return flow;
      });
    // The very same arrays when nothing in them changed (a new selection set that selects the same, say): React Flow
    // then has nothing to adopt, and none of its 3,000 subscribers runs again.
    const result = {
      nodes: sameItems(previous.nodes, nodes) ? previous.nodes : nodes,
      edges: sameItems(previous.edges, edges) ? previous.edges : edges,
    };
    previous = result;
    return result;
  };
}

function sameItems<T>(before: readonly T[], after: readonly T[]): boolean {
  return before.length === after.length && before.every((item, i) => item === after[i]);
}

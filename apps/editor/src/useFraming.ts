import { useCallback } from 'react';
import type { FitViewOptions, useReactFlow } from '@xyflow/react';
import { positionOf, type Finding, type NodeKind } from '@veranderlogica/core';
import { addCardOperation, CARD, focusNewCardTitle } from './card-operations.js';
import type { View } from './command-registry.js';
import type { EditorStore } from './store.js';

/**
 * Where things appear and what the view shows of them: a card added in the middle of the view (the view follows it
 * when its layer lies outside), cards selected and framed in the diagram, a finding or a search match brought into view.
 */
export function useFraming(
  store: EditorStore,
  flow: ReturnType<typeof useReactFlow>,
  fitView: (options?: FitViewOptions) => void,
  view: View,
  setView: (view: View) => void,
) {
  /** Adds a card in the middle of the view, selected; its title in the inspector gets the keyboard unless told not to. */
  const addCard = useCallback(
    (kind: NodeKind, focusTitle = true) => {
      const centre = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      const { op, id } = addCardOperation(store.getState().document, kind, centre, true);
      store.apply(op);
      store.select([id]);
      // The card goes in its layer's row, which may lie outside the view: the view then moves to it, at the same zoom.
      const at = positionOf(store.getState().document, id);
      const pane = window.document.querySelector('.editor__diagram .react-flow')?.getBoundingClientRect();
      if (at && pane && pane.width > 0) {
        const from = flow.screenToFlowPosition({ x: pane.left, y: pane.top });
        const to = flow.screenToFlowPosition({ x: pane.right, y: pane.bottom });
        const inside = at.x >= from.x && at.y >= from.y && at.x + CARD.width <= to.x && at.y + CARD.height <= to.y;
        if (!inside) void flow.setCenter(at.x + CARD.width / 2, at.y + CARD.height / 2, { zoom: flow.getZoom(), duration: 300 });
      }
      if (focusTitle) focusNewCardTitle();
      return id;
    },
    [flow, store],
  );

  /** Selects cards and frames them in the diagram. */
  const showInDiagram = (ids: readonly string[], frame = { duration: 300, padding: 0.4, maxZoom: 1 }) => {
    setView('diagram');
    store.select(ids);
    const document = store.getState().document;
    // A connection is framed by the two cards it joins.
    const cards = ids.flatMap((id) => {
      if (document.nodes.some((node) => node.id === id)) return [id];
      const edge = document.edges.find((candidate) => candidate.id === id);
      return edge ? [edge.source, edge.target] : [];
    });
    const nodes = [...new Set(cards)].map((id) => ({ id }));
    if (nodes.length) requestAnimationFrame(() => fitView({ nodes, ...frame }));
  };
  const selectFinding = (finding: Finding) => showInDiagram(finding.ids, { duration: 300, padding: 0.4, maxZoom: 1.2 });
  /** A search match: selected, and brought into view where it is shown now. */
  const reveal = (id: string) => {
    store.select([id]);
    if (view === 'outline') window.document.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
    else fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.2 });
  };

  return { addCard, showInDiagram, selectFinding, reveal };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { localize } from '@veranderlogica/ui';
import { FIT_VIEW, LAYOUT_TRANSITION_MS } from './Canvas.js';
import type { View } from './command-registry.js';
import { computeLayout, type LayoutRoutes } from './layout.js';
import type { EditorStore } from './store.js';

/** Above this many cards an auto-layout is applied without the gliding transition (software rendering stutters). */
const ANIMATED_LAYOUT_MAX_CARDS = 300;

/** What to say when a layout fails: it took too long, the plan is beyond what the layout can take, or why. */
export function layoutProblem(error: unknown) {
  if ((error as Error).name === 'LayoutTimeoutError') return localize('layout.timeout');
  // A stack or memory limit inside the layout engine: say what it means, not the engine's words.
  if (error instanceof RangeError || /call stack|out of memory/i.test(String(error))) return localize('layout.tooLarge');
  return localize('layout.failed', { reason: String(error) });
}

/** The sizes React Flow measured, for the layout to place cards by their real size. */
function measuredSizes(flow: ReturnType<typeof useReactFlow>): Record<string, { width: number; height: number }> {
  const sizes: Record<string, { width: number; height: number }> = {};
  for (const node of flow.getNodes())
    if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
  return sizes;
}

/**
 * Framing and laying out the diagram: `fitView` (which waits while the diagram is hidden behind another view) and
 * `runLayout`, which lays the plan out in a worker and applies the positions as one undo step.
 */
export function useLayout(store: EditorStore, view: View, setRoutes: (routes: LayoutRoutes) => void) {
  const flow = useReactFlow();
  const [layingOut, setLayingOut] = useState(false);
  const [transitioning, setTransitioning] = useState(false);
  // Fitting a hidden canvas (the outline or another view is showing) would give it a broken viewport;
  // such a fit waits until the diagram is back.
  const pendingFit = useRef<FitViewOptions | undefined>(undefined);
  // While a fit runs (it may wait for new cards to be measured, then glide), the canvas says so: what reads the view
  // (the presentation, a test) waits for it to end. Set at once, so no one reads the view between the ask and the fit.
  const [fitting, setFitting] = useState(0);
  const fit = useCallback(
    (options: FitViewOptions) => {
      // Only cards that are still there: React Flow fits an empty set of cards to a viewport of NaN, which breaks
      // the canvas (a card taken away between the ask and the fit, as in a room).
      const nodes = options.nodes?.filter((node) => flow.getNode(node.id) !== undefined);
      if (options.nodes && !nodes?.length) return;
      flushSync(() => setFitting((count) => count + 1));
      void flow.fitView(nodes ? { ...options, nodes } : options).finally(() => setFitting((count) => count - 1));
    },
    [flow],
  );
  const fitView = useCallback(
    (options: FitViewOptions = { ...FIT_VIEW, duration: 300 }) => {
      const pane = window.document.querySelector('.editor__diagram .react-flow');
      if (!pane || pane.clientWidth === 0) pendingFit.current = options;
      else fit(options);
    },
    [fit],
  );
  useEffect(() => {
    const options = pendingFit.current;
    if (view !== 'diagram' || !options) return;
    pendingFit.current = undefined;
    requestAnimationFrame(() => fit(options));
  }, [fit, view]);

  /** Lays the plan out; with `joining`, the new positions join the undo step of that key if it is still the last one. */
  const runLayout = useCallback(
    async (joining?: string) => {
      setLayingOut(true);
      try {
        const { positions, routes, fallback } = await computeLayout(store.getState().document, measuredSizes(flow));
        // Too large or too long a chain for the automatic layout: laid out in plain rows, and the user is told.
        if (fallback) store.notify(localize('layout.fallback'), 'info');
        // Cards deleted while the layout ran are left out; cards added meanwhile keep their place.
        const existing = new Set(store.getState().document.nodes.map((node) => node.id));
        const kept = Object.fromEntries(Object.entries(positions).filter(([id]) => existing.has(id)));
        // Cards glide to their places on diagrams small enough to animate smoothly; large ones jump.
        const animate = Object.keys(kept).length <= ANIMATED_LAYOUT_MAX_CARDS;
        if (animate) setTransitioning(true);
        store.apply(
          { type: 'setPositions', positions: kept },
          {
            label: localize('undo.autoLayout'),
            ...(joining ? { coalesce: joining, coalesceMs: Number.POSITIVE_INFINITY } : {}),
          },
        );
        setRoutes(routes);
        requestAnimationFrame(() => fitView({ ...FIT_VIEW, duration: 400 }));
        if (animate) setTimeout(() => setTransitioning(false), LAYOUT_TRANSITION_MS);
      } catch (error) {
        store.notify(layoutProblem(error), 'error');
      } finally {
        setLayingOut(false);
      }
    },
    [fitView, flow, setRoutes, store],
  );

  // A layout asked for after a pause (quick capture): the latest request wins; until it has run the diagram counts as
  // being laid out, so the toolbar shows it and nothing else starts one meanwhile.
  const soon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const runLayoutSoon = useCallback(
    (joining: string, delayMs: number) => {
      clearTimeout(soon.current);
      setPending(true);
      soon.current = setTimeout(() => {
        setPending(false);
        void runLayout(joining);
      }, delayMs);
    },
    [runLayout],
  );
  useEffect(() => () => clearTimeout(soon.current), []);

  return { flow, fitView, runLayout, runLayoutSoon, layingOut: layingOut || pending, transitioning, fitting: fitting > 0 };
}

/** Lays out a document that has no positions yet, once its cards are measured, without an undo step. */
export function FirstLayout({ store, onRoutes }: { store: EditorStore; onRoutes: (routes: LayoutRoutes) => void }) {
  const flow = useReactFlow();
  useEffect(() => {
    let cancelled = false;
    // Cards are measured in the page's font: the layout waits until it has loaded (and the cards have been measured
    // again in it), or sizes measured in a fallback font would change under the routes just drawn.
    const run = () => {
      const started = store.getState().document;
      void computeLayout(started, measuredSizes(flow)).then(
        ({ positions, routes }) => {
          // Only for the document it was computed for: the user may have opened or started another meanwhile.
          if (cancelled || store.getState().document !== started) return;
          store.replace({ ...started, layout: { direction: started.layout?.direction ?? 'BT', positions } });
          onRoutes(routes);
          requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
        },
        (error: unknown) => !cancelled && store.notify(layoutProblem(error), 'error'),
      );
    };
    const timer = setTimeout(() => {
      void window.document.fonts.ready.then(() => requestAnimationFrame(() => !cancelled && run()));
    }, 50);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [flow, store, onRoutes]);
  return null;
}

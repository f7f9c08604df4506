import { useCallback, useEffect, useMemo, useState } from 'react';
import { Background, Controls, MiniMap, Panel, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { KIND_STYLES, validate, type Document } from '@veranderlogica/core';
import { createFlowMapper, type CardNode as CardNodeType } from '../flow/to-flow.js';
import { flowAriaLabels } from '../flow/aria-labels.js';
import { useMeasuredSizes } from '../flow/use-measured-sizes.js';
import { LanguageProvider, useTranslation, type InterfaceLanguage } from '../i18n/translate.js';
import { CardNode } from './CardNode.js';
import { ConnectionEdge, EdgeMarkers } from './ConnectionEdge.js';
import { Legend } from './Legend.js';

export const NODE_TYPES = { card: CardNode } as const;
export const EDGE_TYPES = { connection: ConnectionEdge } as const;

export interface VeranderlogicaViewerProps {
  readonly document: Document;
  /** The language of its labels; `qps` the pseudo-locale. The plan's own by default. */
  readonly language?: InterfaceLanguage;
  /** Show the legend below the diagram. Default true. */
  readonly legend?: boolean;
  /** Show the overview map in a corner. Default true; off on a phone, where it would cover the cards. */
  readonly minimap?: boolean;
  readonly height?: number | string;
  /**
   * Cards to mark as the reader's own (a participant's proposals). The view
   * opens framed on them, readable on a phone, and keeps them in frame as the
   * plan changes until the reader moves it; two buttons switch between them
   * and the whole plan.
   */
  readonly mine?: ReadonlySet<string>;
  /**
   * Cards to open on when the reader has none of their own (a room's current step: its layer). The view frames
   * them at a size a phone can read, and the reader pans along them.
   */
  readonly focus?: ReadonlySet<string>;
  /** Keep vote counts off the cards (while a room votes and the results are not yet shown). */
  readonly hideVotes?: boolean;
}

/** Framing a few cards: close enough to read them, never closer than their own size. */
const FRAME_MINE = { maxZoom: 1, padding: 0.15 } as const;
/** Framing a step's layer: never smaller than a phone can read; a long layer is shown from its middle, to pan along. */
const FRAME_STEP = { minZoom: 0.6, maxZoom: 1, padding: 0.1 } as const;

/**
 * What the view keeps in frame: the reader's own cards, the whole plan, or
 * wherever the reader moved it. Until they pan or zoom themselves, the view
 * follows the plan as it changes (cards added, a new layout).
 */
type Frame = 'mine' | 'step' | 'all' | 'free';

function ViewerCanvas({
  document,
  legend = true,
  minimap = true,
  height = 600,
  mine,
  focus,
  hideVotes = false,
}: VeranderlogicaViewerProps) {
  const { t, interfaceLanguage } = useTranslation();
  const flow = useReactFlow();
  const ariaLabels = useMemo(() => flowAriaLabels(interfaceLanguage), [interfaceLanguage]);
  const toFlow = useMemo(() => createFlowMapper(), []);
  const findings = useMemo(() => validate(document), [document]);
  const [sizes, onDimensions] = useMeasuredSizes();
  const { nodes, edges } = useMemo(
    () => toFlow(document, { findings, selected: new Set(), sizes, hideVotes, ...(mine ? { mine } : {}) }),
    [toFlow, document, findings, sizes, hideVotes, mine],
  );
  // The reader's own cards that are in the plan, as React Flow frames them.
  const own = useMemo(() => nodes.filter((node) => node.data.mine).map((node) => ({ id: node.id })), [nodes]);
  // The same cards as the same array, however often the caller makes a new set of them.
  const focusKey = focus ? [...focus].sort().join('\n') : '';
  const stepIds = useMemo(() => new Set(focusKey ? focusKey.split('\n') : []), [focusKey]);
  const step = useMemo(() => nodes.filter((node) => stepIds.has(node.id)).map((node) => ({ id: node.id })), [nodes, stepIds]);
  const [frame, setFrame] = useState<Frame>(own.length > 0 ? 'mine' : step.length > 0 ? 'step' : 'all');
  const framing = (frame === 'mine' && own.length === 0) || (frame === 'step' && step.length === 0) ? 'all' : frame;
  const fitting = useCallback(
    (next: Exclude<Frame, 'free'>) =>
      next === 'mine' ? { ...FRAME_MINE, nodes: own } : next === 'step' ? { ...FRAME_STEP, nodes: step } : {},
    [own, step],
  );
  // Framed again whenever what is in frame moves or changes size; fitting waits until the cards are measured.
  useEffect(() => {
    if (framing === 'free') return;
    void flow.fitView(fitting(framing));
  }, [flow, framing, fitting, nodes]);
  const show = (next: 'mine' | 'step' | 'all') => {
    setFrame(next);
    void flow.fitView({ ...fitting(next), duration: 200 });
  };
  return (
    <div className="vl-viewer" style={{ height }} aria-label={t('viewer.label')} role="figure">
      <EdgeMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onDimensions}
        // A pan or zoom of the reader's own (with an event; fitting has none) leaves the view where they put it.
        onMoveStart={(event) => {
          if (event) setFrame('free');
        }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        minZoom={0.005}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabels}
      >
        <Background />
        <Controls
          showInteractive={false}
          onZoomIn={() => setFrame('free')}
          onZoomOut={() => setFrame('free')}
          onFitView={() => setFrame('all')}
        />
        {(own.length > 0 || step.length > 0) && (
          <Panel position="top-left" className="vl-viewer__frames">
            {own.length > 0 && (
              <button type="button" className="vl-button" aria-pressed={framing === 'mine'} onClick={() => show('mine')}>
                {t('viewer.frameMine')}
              </button>
            )}
            {step.length > 0 && (
              <button type="button" className="vl-button" aria-pressed={framing === 'step'} onClick={() => show('step')}>
                {t('viewer.frameStep')}
              </button>
            )}
            <button type="button" className="vl-button" aria-pressed={framing === 'all'} onClick={() => show('all')}>
              {t('viewer.frameAll')}
            </button>
          </Panel>
        )}
        {minimap && <MiniMap pannable zoomable nodeColor={(node) => KIND_STYLES[(node as CardNodeType).data.node.kind].fill} />}
      </ReactFlow>
      {legend && <Legend />}
    </div>
  );
}

/**
 * A read-only veranderlogica to embed in any React site: cards, connections,
 * minimap and zoom, in Dutch or English. Positions come from the document's
 * saved layout.
 *
 * @example
 * import '@xyflow/react/dist/style.css';
 * import '@veranderlogica/ui/styles.css';
 * <VeranderlogicaViewer document={document} language="nl" height={700} />
 */
export function VeranderlogicaViewer(props: VeranderlogicaViewerProps) {
  return (
    <LanguageProvider language={props.language ?? props.document.language}>
      <ReactFlowProvider>
        <ViewerCanvas {...props} />
      </ReactFlowProvider>
    </LanguageProvider>
  );
}

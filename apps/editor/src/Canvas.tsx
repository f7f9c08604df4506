import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent as ReactDragEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  getViewportForBounds,
  ReactFlow,
  useReactFlow,
  ViewportPortal,
  type Connection,
  type FinalConnectionState,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { KIND_STYLES, nextKindsInChain, positionOf, type Localized, maxOf, minOf } from '@veranderlogica/core';
import { moveOperation } from '@veranderlogica/core/editing';
import { sortIdea } from '@veranderlogica/core/workshop';
import {
  createFlowMapper,
  DETAIL_ZOOM,
  EDGE_TYPES,
  EdgeMarkers,
  flowAriaLabels,
  HANDLE_HIT_PX,
  HandleHitArea,
  IDEA_DRAG_TYPE,
  localize,
  LayerBands,
  NODE_TYPES,
  useMeasuredSizes,
  useTranslation,
  type Route,
  type CoEditor,
  type CardFlowNode,
  type FlowState,
  BAND_FIT_PADDING,
} from '@veranderlogica/ui';
import { freePosition, groupGuides, kindAtPoint, layerGuides } from '@veranderlogica/layout';
import { addCardOperation, addConnectedCard, CARD, connectCards, focusNewCardTitle } from './card-operations.js';
import type { LayoutRoutes } from './layout.js';
import type { EditorState, EditorStore } from './store.js';

/** Above this many connections, they are hidden while the view moves, at any zoom. */
const LARGE_DIAGRAM_EDGES = 300;
/**
 * Fitting the view: never past 100 % (a single card should not fill a projector screen), and with room for the
 * band names and the line of accountability's label, so they are never cut off.
 */
const MINIMAP_KEY = 'veranderlogica:minimap';

export const FIT_VIEW = { padding: BAND_FIT_PADDING, maxZoom: 1 } as const;

export interface CanvasProps {
  readonly store: EditorStore;
  readonly state: EditorState;
  /** Cards glide to their new places (after an auto-layout); connections reappear when they arrive. */
  readonly transitioning?: boolean;
  /** A fit of the view is under way (it may wait for cards to be measured, then glide). */
  readonly fitting?: boolean;
  /** A right click on a card, a selection or the canvas: where to open the context menu (the card is selected first). */
  readonly onContextMenu?: (at: { x: number; y: number }) => void;
  /** Cards and connections to show in full; the rest is dimmed (a workshop step's layers). */
  readonly highlighted?: ReadonlySet<string>;
  /** The last auto-layout's routes: connections follow them while their cards stay where it put them. */
  readonly routes?: LayoutRoutes;
  /** While a workshop builds the plan: what is left to do per card, shown instead of error and warning badges. */
  readonly todos?: ReadonlyMap<string, Localized>;
  /** In a live room: per card, the others who have it selected. */
  readonly others?: ReadonlyMap<string, readonly CoEditor[]>;
  /** While a room votes: counts stay off the cards until revealed. */
  readonly hideVotes?: boolean;
  /** While comparing with a version: cards added or changed since, and the removed ones as ghosts. */
  readonly compare?: ReadonlyMap<string, 'added' | 'changed'>;
  readonly ghosts?: FlowState['ghosts'];
  /** In a live room: where others are dragging cards right now (shown live; the plan changes once, on their drop). */
  readonly othersMoving?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** In a live room: the others' pointers, in diagram coordinates. */
  readonly cursors?: readonly RoomCursor[];
  /** In a live room: this person's pointer and the cards they are dragging, for the others to see. */
  readonly onPresence?: (presence: CanvasPresence) => void;
}

/** Someone else's pointer on the canvas. */
export interface RoomCursor {
  readonly name: string;
  readonly color: string;
  readonly x: number;
  readonly y: number;
}

/** What the canvas tells the room about this person: the pointer and the cards being dragged, in diagram coordinates. */
export interface CanvasPresence {
  readonly cursor?: { readonly x: number; readonly y: number } | undefined;
  readonly dragging?: Readonly<Record<string, { readonly x: number; readonly y: number }>> | undefined;
}

/** How long cards take to glide to a new layout; the editor waits this long before it fits the view. */
export const LAYOUT_TRANSITION_MS = 450;

/**
 * The diagram. React Flow nodes are derived from the core document (memoised
 * per node); a drag moves cards locally and commits one `setPositions`
 * operation when it ends, so a whole drag is one undo step.
 */
/** The card under a point of the screen, if any: its body counts, not only its handles. */
function cardAt(clientX: number, clientY: number): string | undefined {
  const element = window.document.elementFromPoint(clientX, clientY)?.closest<HTMLElement>('.react-flow__node');
  return element?.dataset.id ?? undefined;
}

export function Canvas({
  store,
  state,
  transitioning = false,
  fitting = false,
  onContextMenu,
  highlighted,
  routes,
  todos,
  others,
  hideVotes = false,
  compare,
  ghosts,
  othersMoving,
  cursors,
  onPresence,
}: CanvasProps) {
  const { t, interfaceLanguage } = useTranslation();
  // The overview map covers a corner of the diagram, where fit view puts cards: off until asked for, remembered.
  const [minimap, setMinimap] = useState(() => localStorage.getItem(MINIMAP_KEY) === 'on');
  useEffect(() => localStorage.setItem(MINIMAP_KEY, minimap ? 'on' : 'off'), [minimap]);
  const flow = useReactFlow();
  const toFlow = useMemo(() => createFlowMapper(), []);
  const [dragging, setDragging] = useState<Map<string, { x: number; y: number }>>(new Map());
  // While the view moves, connections of a large diagram (or any diagram at overview zoom) are hidden:
  // rasterising ~2,000 edge paths, some 100,000 px long, every frame made panning a 1,000-node diagram
  // take 80–450 ms a frame (docs/performance.md). They come back the moment the view stops.
  const [movingZoomedOut, setMovingZoomedOut] = useState(false);
  // While a card of a large diagram is dragged up close: the connections of the dragged cards, the only ones drawn. Every
  // other connection stays hidden until the drop: Chromium painted all of them again on every frame of the drag (about
  // 300 paths, some 100,000 px long, on a 1,000-card plan), seconds a frame, without the page's script doing anything.
  const [dragEdges, setDragEdges] = useState<readonly string[] | undefined>(undefined);
  // The drag's latest positions, also kept outside React state: drag-stop applies them as an operation,
  // which must not happen inside a state updater.
  const draggingRef = useRef(dragging);
  const connectingFrom = useRef<string | null>(null);
  const dragActive = useRef(false);
  const { document, findings, selected } = state;

  const ariaLabels = useMemo(() => flowAriaLabels(interfaceLanguage), [interfaceLanguage]);
  const [sizes, onDimensions] = useMeasuredSizes();
  // Layer bands and the line of accountability, while the cards still read in layers (as after an auto-layout).
  const guides = useMemo(() => {
    const placed = document.layout?.positions;
    if (!placed || document.nodes.length === 0) return undefined;
    const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const node of document.nodes) {
      const at = placed[node.id];
      if (!at) return undefined;
      boxes[node.id] = { x: at.x, y: at.y, ...(sizes.get(node.id) ?? CARD) };
    }
    const direction = document.layout?.direction ?? 'BT';
    const found = layerGuides(document, boxes, direction);
    if (!found.ordered || found.bands.length < 2) return undefined;
    const all = Object.values(boxes);
    const across =
      direction === 'LR'
        ? { from: minOf(all, (b) => b.y), to: maxOf(all, (b) => b.y + b.height) }
        : { from: minOf(all, (b) => b.x), to: maxOf(all, (b) => b.x + b.width) };
    // Each strategy's name beside its interventions, where the exported picture puts it: under the cards, or left of them.
    const groups = {
      labels: groupGuides(document, boxes, direction),
      at: direction === 'LR' ? minOf(all, (b) => b.x) : maxOf(all, (b) => b.y + b.height),
    };
    return { ...found, direction, across, groups };
  }, [document, sizes]);
  // The routes that still hold: both cards where the layout put them, at the size it laid them out with, not being dragged.
  const validRoutes = useMemo(() => {
    if (!routes) return undefined;
    const holds = (id: string) => {
      const placed = routes.placed[id];
      const at = positionOf(document, id);
      const size = sizes.get(id);
      return (
        placed !== undefined &&
        at !== undefined &&
        !dragging.has(id) &&
        placed.x === at.x &&
        placed.y === at.y &&
        (!size || (Math.abs(size.width - placed.width) < 1 && Math.abs(size.height - placed.height) < 1))
      );
    };
    const valid = new Map<string, Route>();
    for (const edge of document.edges) {
      const route = routes.edges[edge.id];
      if (route && holds(edge.source) && holds(edge.target)) valid.set(edge.id, route);
    }
    return valid;
  }, [routes, document, sizes, dragging]);
  const mapped = useMemo(
    () =>
      toFlow(document, {
        findings,
        selected,
        sizes,
        ...(highlighted ? { highlighted } : {}),
        ...(validRoutes ? { routes: validRoutes } : {}),
        ...(todos ? { todos } : {}),
        ...(others ? { others } : {}),
        hideVotes,
        ...(compare ? { compare } : {}),
        ...(ghosts ? { ghosts } : {}),
      }),
    [toFlow, document, findings, selected, sizes, highlighted, validRoutes, todos, others, hideVotes, compare, ghosts],
  );
  const nodes = useMemo(() => {
    if (dragging.size === 0 && !othersMoving?.size) return mapped.nodes;
    return mapped.nodes.map((node) => {
      const at = dragging.get(node.id) ?? othersMoving?.get(node.id);
      return at ? { ...node, position: at } : node;
    });
  }, [mapped.nodes, dragging, othersMoving]);
  // The first picture at about the zoom fit view will choose, from the cards' places and their usual size: a large
  // plan then draws its cards zoomed out (without text) from the start, instead of drawing 1,000 full cards at 100 %
  // and all of them again once fit view has measured them. Fit view still fits exactly once they are measured.
  const [initialViewport] = useState(() => {
    if (mapped.nodes.length === 0) return undefined;
    const xs = mapped.nodes.map((node) => node.position.x);
    const ys = mapped.nodes.map((node) => node.position.y);
    const x = minOf(xs, (v) => v);
    const y = minOf(ys, (v) => v);
    const bounds = { x, y, width: maxOf(xs, (v) => v) + CARD.width - x, height: maxOf(ys, (v) => v) + CARD.height - y };
    return getViewportForBounds(bounds, window.innerWidth, window.innerHeight, 0.005, FIT_VIEW.maxZoom, FIT_VIEW.padding);
  });
  // The cards this person drags travel as presence while the drag lasts.
  useEffect(() => onPresence?.({ dragging: dragging.size ? Object.fromEntries(dragging) : undefined }), [dragging, onPresence]);

  // Selection is controlled: React Flow reports clicks, pane clicks and box selection as `select` changes.
  const applySelectChanges = useCallback(
    (changes: (NodeChange | EdgeChange)[]) => {
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const next = new Set(store.getState().selected);
      for (const change of selects) {
        if (change.type !== 'select') continue;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      store.select(next);
    },
    [store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => applySelectChanges(changes), [applySelectChanges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardFlowNode>[]) => {
      onDimensions(changes);
      applySelectChanges(changes);
      const moves = changes.filter((change) => change.type === 'position' && change.position);
      if (moves.length === 0) return;
      if (!dragActive.current) {
        // Arrow keys on a focused card: commit at once; a run of presses on the same cards is one undo step.
        const moved = Object.fromEntries(
          moves.flatMap((change) => (change.type === 'position' && change.position ? [[change.id, change.position]] : [])),
        );
        store.apply(moveOperation(store.getState().document, moved), { coalesce: `keyboard-move:${Object.keys(moved).sort().join()}` });
        return;
      }
      const next = new Map(draggingRef.current);
      for (const change of moves) if (change.type === 'position' && change.position) next.set(change.id, change.position);
      draggingRef.current = next;
      setDragging(next);
    },
    [onDimensions, applySelectChanges, store],
  );

  const onNodeDragStop = useCallback(() => {
    const moved = draggingRef.current;
    if (moved.size > 0) {
      store.apply(moveOperation(store.getState().document, Object.fromEntries(moved)));
    }
    draggingRef.current = new Map();
    setDragging(draggingRef.current);
    dragActive.current = false;
    setMovingZoomedOut(false);
    setDragEdges(undefined);
  }, [store]);

  const onConnect = useCallback((connection: Connection) => void connectCards(store, connection.source, connection.target), [store]);

  // A drag from a card that ends on another card, on its handle or anywhere on its body, connects the two (or says
  // why not); one that ends on empty space creates the next card of the chain there, already connected.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const from = state.fromNode?.id ?? connectingFrom.current;
      connectingFrom.current = null;
      if (state.isValid || !from) return;
      const point = 'changedTouches' in event ? event.changedTouches[0]! : event;
      const onto = state.toNode?.id ?? cardAt(point.clientX, point.clientY);
      if (onto !== undefined) {
        if (onto === from) return;
        // From a card's way in, the card dropped on leads to it; from its way out, it leads to the card dropped on.
        if (state.fromHandle?.type === 'target') connectCards(store, onto, from);
        else connectCards(store, from, onto);
        return;
      }
      const source = document.nodes.find((n) => n.id === from);
      const kind = source && nextKindsInChain(source.kind)[0];
      if (!source || !kind) return;
      const at = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY });
      store.select([addConnectedCard(store, kind, at, { from })]);
      focusNewCardTitle();
    },
    [document, flow, store],
  );

  // A right click on a card not yet selected selects it alone: the menu acts on what the user pointed at.
  const contextMenu = useCallback(
    (event: ReactMouseEvent, id?: string) => {
      if (!onContextMenu) return;
      event.preventDefault();
      if (id !== undefined && !store.getState().selected.has(id)) store.select([id]);
      onContextMenu({ x: event.clientX, y: event.clientY });
    },
    [onContextMenu, store],
  );

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      if (!(event.target as HTMLElement).classList.contains('react-flow__pane')) return;
      const { op, id } = addCardOperation(document, 'intervention', flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      store.apply(op);
      store.select([id]);
      focusNewCardTitle();
    },
    [document, flow, store],
  );

  // An idea from the ideas lane dropped on a layer becomes a card of that layer's kind, where it was dropped.
  const onIdeaDrop = useCallback(
    (event: ReactDragEvent) => {
      const id = event.dataTransfer.getData(IDEA_DRAG_TYPE);
      if (!id) return;
      event.preventDefault();
      event.stopPropagation();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const kind = kindAtPoint(document, guides?.bands, point);
      if (!kind) {
        store.notify(localize('ideas.noLayer'), 'error');
        return;
      }
      const position = freePosition(document, { x: point.x - CARD.width / 2, y: point.y - CARD.height / 2 });
      store.apply(sortIdea(document, id, kind, position), { label: localize('undo.sortIdea') });
    },
    [document, flow, guides, store],
  );

  return (
    <div
      className={`editor-canvas${movingZoomedOut ? ' editor-canvas--moving' : ''}${dragEdges ? ' editor-canvas--dragging-large' : ''}${transitioning ? ' editor-canvas--transitioning' : ''}${fitting ? ' editor-canvas--fitting' : ''}`}
      // Cards are in the plan's language (hyphenation follows it), whatever the interface speaks.
      lang={document.language}
      onDoubleClick={onDoubleClick}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(IDEA_DRAG_TYPE)) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onIdeaDrop}
      aria-label={t('canvas.label')}
      {...(onPresence
        ? {
            onPointerMove: (event: ReactPointerEvent) =>
              onPresence({ cursor: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) }),
            onPointerLeave: () => onPresence({ cursor: undefined }),
          }
        : {})}
    >
      <EdgeMarkers />
      {dragEdges && dragEdges.length > 0 && (
        <style>{`.editor-canvas--dragging-large .react-flow__edge:is(${dragEdges.map((id) => `[data-id="${CSS.escape(id)}"]`).join(',')}) { display: inline; }`}</style>
      )}
      <ReactFlow
        connectionRadius={HANDLE_HIT_PX}
        nodes={nodes}
        edges={mapped.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onNodeDragStart={(_, node, dragged) => {
          dragActive.current = true;
          if (document.edges.length <= LARGE_DIAGRAM_EDGES) return;
          // At overview zoom a large diagram's connections are a blur; redrawing them every frame made dragging stutter.
          if (flow.getZoom() < DETAIL_ZOOM) setMovingZoomedOut(true);
          else {
            const moving = new Set([node.id, ...dragged.map((card) => card.id)]);
            setDragEdges(document.edges.filter((edge) => moving.has(edge.source) || moving.has(edge.target)).map((edge) => edge.id));
          }
        }}
        onNodeDragStop={onNodeDragStop}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={(_, params) => (connectingFrom.current = params.nodeId)}
        onConnectEnd={onConnectEnd}
        onNodeContextMenu={(event, node) => contextMenu(event, node.id)}
        onEdgeContextMenu={(event, edge) => contextMenu(event, edge.id)}
        onSelectionContextMenu={(event) => contextMenu(event)}
        onPaneContextMenu={(event) => contextMenu(event as ReactMouseEvent)}
        onMoveStart={(_, viewport) =>
          (viewport.zoom < DETAIL_ZOOM || document.edges.length > LARGE_DIAGRAM_EDGES) &&
          document.edges.length > 60 &&
          setMovingZoomedOut(true)
        }
        onMoveEnd={() => setMovingZoomedOut(false)}
        // Delete and Backspace are the registry's delete command, like every other key.
        deleteKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        zoomOnDoubleClick={false}
        minZoom={0.005}
        maxZoom={2}
        fitView
        fitViewOptions={FIT_VIEW}
        {...(initialViewport ? { defaultViewport: initialViewport } : {})}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabels}
      >
        <Background gap={24} />
        {guides && (
          <LayerBands
            bands={guides.bands}
            direction={guides.direction}
            across={guides.across}
            groups={guides.groups}
            {...(guides.accountabilityLine?.clean ? { accountabilityLine: guides.accountabilityLine.position } : {})}
          />
        )}
        <Controls>
          <ControlButton
            onClick={() => setMinimap((on) => !on)}
            aria-pressed={minimap}
            aria-label={t(minimap ? 'canvas.minimapHide' : 'canvas.minimapShow')}
            title={t(minimap ? 'canvas.minimapHide' : 'canvas.minimapShow')}
            className="editor-canvas__minimap-toggle"
          >
            ▦
          </ControlButton>
        </Controls>
        {minimap && <MiniMap pannable zoomable nodeColor={(node) => KIND_STYLES[(node as CardFlowNode).data.node.kind].fill} />}
        {cursors && cursors.length > 0 && (
          <ViewportPortal>
            {cursors.map((cursor) => (
              <div
                key={cursor.name + cursor.color}
                className="editor-cursor"
                style={{ transform: `translate(${cursor.x}px, ${cursor.y}px)`, color: cursor.color }}
                aria-hidden="true"
              >
                <svg width="16" height="16" viewBox="0 0 16 16">
                  <path d="M1 1 L1 13 L4.5 9.5 L7 15 L9 14 L6.5 8.5 L11 8.5 Z" fill="currentColor" stroke="#fff" strokeWidth="1" />
                </svg>
                <span style={{ background: cursor.color }}>{cursor.name}</span>
              </div>
            ))}
          </ViewportPortal>
        )}
        <HandleHitArea />
      </ReactFlow>
      {document.nodes.length === 0 && <p className="editor-canvas__empty">{t('canvas.empty')}</p>}
    </div>
  );
}

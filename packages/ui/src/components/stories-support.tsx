import type { ReactNode } from 'react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { getTemplate, validate, type Document } from '@veranderlogica/core';
import type { RoomState } from '@veranderlogica/core/sync';
import { createFlowMapper } from '../flow/to-flow.js';
import { EDGE_TYPES, NODE_TYPES } from './Viewer.js';
import { EdgeMarkers } from './ConnectionEdge.js';

/** A side-column width for panel stories, as the editor shows them. */
export function PanelColumn(Story: () => ReactNode) {
  return (
    <div style={{ width: 300 }}>
      <Story />
    </div>
  );
}

/** A room's state for stories: nothing running, a secret ballot; `changes` set what the story shows. */
export function roomState(changes: Partial<RoomState> = {}): RoomState {
  return {
    voting: 'closed',
    locked: false,
    timerEndsAt: undefined,
    timerSeconds: undefined,
    ballot: 'secret',
    anonymous: false,
    shareIdeas: false,
    ...changes,
  };
}

/** The worked example, for stories. */
export const example: Document = getTemplate('voorbeeldregio')!.create();

/** A few cards of a document on a small canvas, for card and edge stories. */
export function MiniCanvas({
  document,
  ids,
  height = 320,
  children,
}: {
  document: Document;
  ids: readonly string[];
  height?: number;
  children?: ReactNode;
}) {
  const subset = {
    ...document,
    nodes: document.nodes.filter((n) => ids.includes(n.id)),
    edges: document.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)),
  };
  const { nodes, edges } = createFlowMapper()(subset, { findings: validate(subset), selected: new Set() });
  return (
    <div style={{ height, width: '100%' }}>
      <ReactFlowProvider>
        <EdgeMarkers />
        <ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} edgeTypes={EDGE_TYPES} fitView proOptions={{ hideAttribution: true }}>
          {children}
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}

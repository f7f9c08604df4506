// The peer of the editor bench: a plain React Flow page with the same cards (same positions, sizes and titles),
// memoised custom nodes with a handle in and out, orthogonal connections and culling, as a developer would write it from React Flow's docs. The bench hands it the
// cards through `window.__PEER__` before the page's scripts run, so it reads no file and needs no server route.
import { memo } from 'react';
import { createRoot } from 'react-dom/client';
import { Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface PeerData {
  readonly nodes: readonly { id: string; x: number; y: number; width: number; height: number; title: string; kind: string }[];
  readonly edges: readonly { id: string; source: string; target: string }[];
}

type CardNode = Node<{ title: string; kind: string }, 'card'>;

const Card = memo(function Card({ data, width, height }: NodeProps<CardNode>) {
  return (
    <div
      style={{
        width,
        height,
        border: '1px solid #555',
        borderRadius: 6,
        background: '#fff',
        padding: 8,
        boxSizing: 'border-box',
        font: '13px sans-serif',
      }}
    >
      <Handle type="target" position={Position.Bottom} />
      <small>{data.kind}</small>
      <div>{data.title}</div>
      <Handle type="source" position={Position.Top} />
    </div>
  );
});

const nodeTypes = { card: Card };
const data = (window as unknown as { __PEER__: PeerData }).__PEER__;
const nodes: CardNode[] = data.nodes.map((n) => ({
  id: n.id,
  type: 'card',
  position: { x: n.x, y: n.y },
  width: n.width,
  height: n.height,
  data: { title: n.title, kind: n.kind },
}));
// Orthogonal connections, as the editor draws them.
const edges: Edge[] = data.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: 'smoothstep' }));

createRoot(document.getElementById('root')!).render(
  <ReactFlow defaultNodes={nodes} defaultEdges={edges} nodeTypes={nodeTypes} fitView onlyRenderVisibleElements minZoom={0.005} />,
);

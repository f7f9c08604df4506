import dagre from '@dagrejs/dagre';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { countCrossings, totalLength } from '@veranderlogica/layout/node';
import { sizeOf } from '/work/main/packages/layout/dist/options.js';
const document = syntheticDocument(1000);
const g = new dagre.graphlib.Graph({ multigraph: true });
g.setGraph({ rankdir: 'BT', nodesep: 40, ranksep: 70 });
g.setDefaultEdgeLabel(() => ({}));
for (const node of document.nodes) g.setNode(node.id, { ...sizeOf({}, node.id, node.kind, node.title) });
for (const edge of document.edges) g.setEdge(edge.source, edge.target, { minlen: 1 }, edge.id);
const t = performance.now();
dagre.layout(g);
const ms = performance.now() - t;
const lines = g.edges().map((e) => g.edge(e).points);
console.log(
  JSON.stringify({
    graph: 'synthetic-1000',
    case: 'dagre default',
    crossings: countCrossings(lines),
    edge_length: Math.round(totalLength(lines)),
    ms: Math.round(ms),
  }),
);

import { useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { KIND_STYLES, validate, type Document } from '@veranderlogica/core';
import { createFlowMapper, type CardNode as CardNodeType } from '../flow/to-flow.js';
import { flowAriaLabels } from '../flow/aria-labels.js';
import { useMeasuredSizes } from '../flow/use-measured-sizes.js';
import { LanguageProvider, useTranslation } from '../i18n/translate.js';
import { CardNode } from './CardNode.js';
import { ConnectionEdge, EdgeMarkers } from './ConnectionEdge.js';
import { Legend } from './Legend.js';

export const NODE_TYPES = { card: CardNode } as const;
export const EDGE_TYPES = { connection: ConnectionEdge } as const;

export interface VeranderlogicaViewerProps {
  readonly document: Document;
  readonly language?: 'nl' | 'en';
  /** Show the legend below the diagram. Default true. */
  readonly legend?: boolean;
  /** Show the overview map in a corner. Default true; off on a phone, where it would cover the cards. */
  readonly minimap?: boolean;
  readonly height?: number | string;
}

function ViewerCanvas({ document, legend = true, minimap = true, height = 600 }: VeranderlogicaViewerProps) {
  const { t, language } = useTranslation();
  const ariaLabels = useMemo(() => flowAriaLabels(language), [language]);
  const toFlow = useMemo(() => createFlowMapper(), []);
  const findings = useMemo(() => validate(document), [document]);
  const [sizes, onDimensions] = useMeasuredSizes();
  const { nodes, edges } = useMemo(() => toFlow(document, { findings, selected: new Set(), sizes }), [toFlow, document, findings, sizes]);
  return (
    <div className="vl-viewer" style={{ height }} aria-label={t('viewer.label')} role="figure">
      <EdgeMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onDimensions}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        fitView
        minZoom={0.005}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabels}
      >
        <Background />
        <Controls showInteractive={false} />
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

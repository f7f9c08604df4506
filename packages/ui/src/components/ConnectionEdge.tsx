import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { KIND_STYLES } from '@veranderlogica/core';
import type { ConnectionEdge as ConnectionEdgeType } from '../flow/to-flow.js';

const STROKES = {
  'leads-to': { stroke: '#374151', dash: undefined },
  measures: { stroke: KIND_STYLES.indicator.stroke, dash: '6 4' },
  underlies: { stroke: KIND_STYLES.assumption.stroke, dash: '2 4' },
} as const;

/** A connection drawn as right-angled steps, styled by its kind: solid (leads to), dashed (measures), dotted (underlies). */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<ConnectionEdgeType>) {
  const [path] = getSmoothStepPath({ ...props, borderRadius: 8 });
  const kind = props.data?.kind ?? 'leads-to';
  const { stroke, dash } = STROKES[kind];
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={`url(#vl-arrow-${kind})`}
      style={{ stroke, strokeWidth: props.selected ? 3.5 : 2, strokeDasharray: dash }}
      interactionWidth={16}
    />
  );
});

/** Arrowheads for the three edge kinds; render once inside the canvas. */
export function EdgeMarkers() {
  return (
    <svg style={{ position: 'absolute', width: 0, height: 0 }} aria-hidden="true">
      <defs>
        {Object.entries(STROKES).map(([kind, { stroke }]) => (
          <marker
            key={kind}
            id={`vl-arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={stroke} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

import { memo } from 'react';
import { getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { CONFIDENCES, KIND_STYLES } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import type { ConnectionEdge as ConnectionEdgeType, Route } from '../flow/to-flow.js';

const STROKES = {
  'leads-to': { stroke: '#374151', dash: undefined },
  measures: { stroke: KIND_STYLES.indicator.stroke, dash: '6 4' },
  underlies: { stroke: KIND_STYLES.assumption.stroke, dash: '2 4' },
} as const;

/** A path through a layout's route: straight runs and right-angled bends, as the exported picture draws it. */
function routePath(route: Route): string {
  return route.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(' ');
}

/** While comparing with another version: a connection added since in green, a rewired one in amber (as the cards). */
const COMPARED = { added: '#16a34a', changed: '#d97706' } as const;

/**
 * A connection styled by its kind: solid (leads to), dashed (measures), dotted
 * (underlies). Along the route the last auto-layout computed while its cards
 * stay where that layout put them (so the canvas and the exported picture
 * agree); as right-angled steps between the cards otherwise. While comparing,
 * a new or rewired connection is drawn wide in the colour of its change.
 */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<ConnectionEdgeType>) {
  const route = props.data?.route;
  const path = route && route.length >= 2 ? routePath(route) : getSmoothStepPath({ ...props, borderRadius: 8 })[0];
  const kind = props.data?.kind ?? 'leads-to';
  const { stroke, dash } = STROKES[kind];
  const compared = props.data?.compare;
  const { t, l } = useTranslation();
  const because = props.data?.because;
  const hint = because
    ? [
        because.rationale && t('edge.because', { text: because.rationale }),
        because.evidence && t('edge.evidence', { text: [because.evidence.source, because.evidence.link].filter(Boolean).join(' ') }),
        because.confidence && t('edge.confidence', { level: l(CONFIDENCES.labels[because.confidence]) }),
      ]
        .filter(Boolean)
        .join('\n')
    : '';
  // React Flow's BaseEdge, with the reasons as the tooltip of its wide, invisible path for the pointer: a third path
  // for the tooltip made the browser read every long route once more on opening a large plan.
  return (
    <>
      <path
        id={props.id}
        d={path}
        fill="none"
        className="react-flow__edge-path"
        markerEnd={`url(#vl-arrow-${kind})`}
        style={{
          stroke: compared ? COMPARED[compared] : stroke,
          strokeWidth: compared ? 4.5 : props.selected ? 3.5 : 2,
          strokeDasharray: dash,
        }}
      />
      <path d={path} fill="none" strokeOpacity={0} strokeWidth={16} className="react-flow__edge-interaction">
        {hint && <title>{hint}</title>}
      </path>
    </>
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

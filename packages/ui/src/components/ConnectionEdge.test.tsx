import { renderToStaticMarkup } from 'react-dom/server';
import { Position, type EdgeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { ConnectionEdge as ConnectionEdgeType } from '../flow/to-flow.js';
import { LanguageProvider } from '../i18n/translate.js';
import { ConnectionEdge } from './ConnectionEdge.js';

const props = (data: ConnectionEdgeType['data']) =>
  ({
    id: 'e1',
    source: 'a',
    target: 'b',
    sourceX: 0,
    sourceY: 100,
    targetX: 200,
    targetY: 0,
    sourcePosition: Position.Top,
    targetPosition: Position.Bottom,
    selected: false,
    animated: false,
    deletable: true,
    selectable: true,
    data,
  }) as unknown as EdgeProps<ConnectionEdgeType>;

const draw = (data: ConnectionEdgeType['data']) =>
  renderToStaticMarkup(
    <LanguageProvider language="nl">
      <svg>
        <ConnectionEdge {...props(data)} />
      </svg>
    </LanguageProvider>,
  );

describe('ConnectionEdge', () => {
  it('draws a layout route as the path and its wide twin for the pointer, nothing more', () => {
    const html = draw({
      kind: 'leads-to',
      route: [
        { x: 0, y: 100 },
        { x: 0, y: 50 },
        { x: 200, y: 50 },
        { x: 200, y: 0 },
      ],
    });
    expect(html.match(/<path /g)).toHaveLength(2);
    expect(html).toContain('class="react-flow__edge-path"');
    expect(html.match(/d="M0,100 L0,50 L200,50 L200,0"/g)).toHaveLength(2);
    expect(html).toContain('marker-end="url(#vl-arrow-leads-to)"');
    expect(html).not.toContain('<title>');
  });

  it('gives the reasons for a connection as the tooltip of the path the pointer hovers, without a third path', () => {
    const html = draw({ kind: 'leads-to', because: { rationale: 'Wie zich gehoord voelt, zoekt eerder hulp', confidence: 'low' } });
    expect(html.match(/<path /g)).toHaveLength(2);
    expect(html).toMatch(
      /class="react-flow__edge-interaction"><title>[^<]*Wie zich gehoord voelt, zoekt eerder hulp[^<]*<\/title><\/path>/,
    );
  });
});

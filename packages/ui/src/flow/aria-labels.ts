import type { AriaLabelConfig } from '@xyflow/react';
import type { MessageKey } from '../i18n/messages.js';
import { createTranslator, type InterfaceLanguage } from '../i18n/translate.js';

const DIRECTIONS = {
  up: 'flow.direction.up',
  down: 'flow.direction.down',
  left: 'flow.direction.left',
  right: 'flow.direction.right',
} as const satisfies Record<string, MessageKey>;

/**
 * React Flow's screen-reader texts (node and edge help, zoom controls,
 * minimap) in the interface language.
 *
 * @example
 * <ReactFlow ariaLabelConfig={flowAriaLabels('nl')} … />
 */
export function flowAriaLabels(chosen: InterfaceLanguage): Partial<AriaLabelConfig> {
  const t = createTranslator(chosen);
  return {
    'node.a11yDescription.default': t('flow.node'),
    'node.a11yDescription.keyboardDisabled': t('flow.node'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('flow.moved', {
        direction: Object.hasOwn(DIRECTIONS, direction) ? t(DIRECTIONS[direction as keyof typeof DIRECTIONS]) : direction,
        x: Math.round(x),
        y: Math.round(y),
      }),
    'edge.a11yDescription.default': t('flow.edge'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}

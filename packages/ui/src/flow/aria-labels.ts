import type { AriaLabelConfig } from '@xyflow/react';
import type { Language } from '@veranderlogica/core';
import { coreLanguage, createTranslator, type InterfaceLanguage } from '../i18n/translate.js';

const DIRECTIONS: Record<Language, Record<string, string>> = {
  nl: { up: 'boven', down: 'beneden', left: 'links', right: 'rechts' },
  en: { up: 'up', down: 'down', left: 'left', right: 'right' },
};

/**
 * React Flow's screen-reader texts (node and edge help, zoom controls,
 * minimap) in the interface language.
 *
 * @example
 * <ReactFlow ariaLabelConfig={flowAriaLabels('nl')} … />
 */
export function flowAriaLabels(chosen: InterfaceLanguage): Partial<AriaLabelConfig> {
  const t = createTranslator(chosen);
  const language = coreLanguage(chosen);
  return {
    'node.a11yDescription.default': t('flow.node'),
    'node.a11yDescription.keyboardDisabled': t('flow.node'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('flow.moved', { direction: DIRECTIONS[language][direction] ?? direction, x: Math.round(x), y: Math.round(y) }),
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

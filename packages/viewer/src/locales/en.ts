import type { CatalogueOf } from '@veranderlogica/core';
import type { nl } from './nl.js';

/** The viewer's texts in English, by key. */
export const en: CatalogueOf<typeof nl> = {
  viewerText: {
    loading: 'Loading the theory of change…',
    cannotLoad: 'Cannot load {src}: {reason}',
    notAPlan: '{src} is not a readable theory of change:',
    cannotDraw: 'Cannot draw the theory of change: {reason}',
    hint: 'Click a goal to see its chains. Drag to move, Ctrl + scroll to zoom.',
    chainsTo: 'Chains to: {goal}',
    showAll: 'Show all',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
  },
};

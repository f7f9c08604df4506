import type { Catalogue } from '../catalogue.js';

/** The viewer's texts in Dutch, by key. Dutch is the source: the other languages' catalogues are typed against it. */
export const viewer = {
  viewerText: {
    loading: 'Veranderlogica laden…',
    cannotLoad: 'Kan {src} niet laden: {reason}',
    notAPlan: '{src} is geen leesbare veranderlogica:',
    cannotDraw: 'Kan de veranderlogica niet tekenen: {reason}',
    hint: 'Klik op een doel om zijn ketens te zien. Slepen verschuift, Ctrl + scrollen zoomt.',
    chainsTo: 'Ketens naar: {goal}',
    showAll: 'Alles tonen',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fit: 'Passend maken',
  },
} as const satisfies Catalogue;

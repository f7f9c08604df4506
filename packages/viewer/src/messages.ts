/** Every text the element shows, by code, in both languages: the viewer's catalogue. */
export const VIEWER_TEXT = {
  loading: { nl: 'Veranderlogica laden…', en: 'Loading the theory of change…' },
  cannotLoad: { nl: 'Kan {src} niet laden: {reason}', en: 'Cannot load {src}: {reason}' },
  notAPlan: { nl: '{src} is geen leesbare veranderlogica:', en: '{src} is not a readable theory of change:' },
  cannotDraw: { nl: 'Kan de veranderlogica niet tekenen: {reason}', en: 'Cannot draw the theory of change: {reason}' },
  hint: {
    nl: 'Klik op een doel om zijn ketens te zien. Slepen verschuift, Ctrl + scrollen zoomt.',
    en: 'Click a goal to see its chains. Drag to move, Ctrl + scroll to zoom.',
  },
  chainsTo: { nl: 'Ketens naar: {goal}', en: 'Chains to: {goal}' },
  showAll: { nl: 'Alles tonen', en: 'Show all' },
  zoomIn: { nl: 'Inzoomen', en: 'Zoom in' },
  zoomOut: { nl: 'Uitzoomen', en: 'Zoom out' },
  fit: { nl: 'Passend maken', en: 'Fit' },
} as const;

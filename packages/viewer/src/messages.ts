import { TEXTS } from './locales/index.js';
/** Every text the element shows, by code, in both languages: the viewer's catalogue. */
export const VIEWER_TEXT = TEXTS.viewerText;

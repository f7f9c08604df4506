import { VeranderlogicaViewerElement } from './element.js';

/** The tag the element is registered under. */
export const VIEWER_TAG = 'veranderlogica-viewer';

if (typeof customElements !== 'undefined' && !customElements.get(VIEWER_TAG))
  customElements.define(VIEWER_TAG, VeranderlogicaViewerElement);

export { VeranderlogicaViewerElement };

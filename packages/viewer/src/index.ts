/**
 * @veranderlogica/viewer — the picture of a veranderlogica in a web page.
 * `PictureView` shows a picture of the layout package's renderer with pan,
 * zoom, fitting and highlighting, without a framework; the
 * `<veranderlogica-viewer>` element (registered by importing
 * `@veranderlogica/viewer/element`, or by the one-file bundle) shows a plan
 * from a JSON file.
 *
 * @module @veranderlogica/viewer
 */
export { PictureView } from './view.js';
export type { Box, FitOptions, Highlight, PictureViewOptions } from './view.js';
export { VeranderlogicaViewerElement } from './element.js';

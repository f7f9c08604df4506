/**
 * @veranderlogica/layout — layered layout of a veranderlogica with ELK.
 * This entry runs anywhere; pass it an ELK (see `createWorkerElk` for
 * browsers). In Node, `@veranderlogica/layout/node` has a ready one.
 *
 * @module @veranderlogica/layout
 */
export { layoutDocument, LayoutTimeoutError } from './layout.js';
export type { ElkLike } from './layout.js';
export { createWorkerElk } from './worker.js';
export type { ElkWorker } from './worker.js';
export { assignLayers } from './layering.js';
export type { Band, Layering } from './layering.js';
export { DEFAULT_SIZES, DEFAULT_LAYER_SPACING, DEFAULT_NODE_SPACING } from './options.js';
export type { LayoutOptions, Size } from './options.js';
export type { LayoutResult, PlacedNode, Point } from './result.js';
export { freePosition, provisionalPosition } from './provisional.js';
export { isPlaced, placedLayout } from './placed.js';
export { GROUP_LABEL, groupGuides, kindAtPoint, layerGuides } from './guides.js';
export type { AccountabilityLine, BandExtent, GroupGuide, LayerGuides } from './guides.js';
export { translate } from './transform.js';
export { escapeXml, renderSvg } from './svg.js';
export { regionNetworkSvg } from './region-network.js';
export type { RegionNetworkOptions } from './region-network.js';
export {
  COMPACT_LAYER_SPACING,
  drawDocument,
  exportContext,
  pageScale,
  FILL_ASPECTS,
  PART_PICTURE,
  REPORT_PAGE,
  SLIDE_PAGE,
  reportPictures,
  svgSize,
} from './picture.js';
export type { DiagramPage, Orientation, PageGeometry, PictureOptions, ReportPictureOptions, ReportPictures } from './picture.js';
export { cardNotes, childFoci, restPart, splitRegions } from './atlas.js';
export { loadHyphenate } from './hyphenate.js';
export { FONT_FAMILY, textWidth, wrapText } from './font.js';
export { fontFaceCss } from './font-face.js';
export type { TextStyle } from './font.js';
export type { Hyphenate } from './hyphenate.js';
export type { AtlasRegion, PageUnit } from './atlas.js';
export { pictureProblems, readPicture } from './picture-check.js';
export type { DrawnCard, DrawnConnection, Picture, PictureProblem, QueryRoot } from './picture-check.js';
export type { SvgOptions } from './svg.js';
export { countCrossings, totalLength } from './metrics.js';

import ElkBundled from 'elkjs/lib/elk.bundled.js';
import type { Document, ExportContext } from '@veranderlogica/core';
import { layoutDocument as layoutWith } from './layout.js';
import {
  drawDocument as drawWith,
  exportContext as contextWith,
  reportPictures as reportWith,
  type PictureOptions,
  type ReportPictureOptions,
  type ReportPictures,
} from './picture.js';
import type { LayoutOptions } from './options.js';
import type { LayoutResult } from './result.js';

export * from './index.js';
export { drawDocument, exportContext, reportPictures };

// elkjs is CommonJS and sets `ELK.default = ELK`: `.default` is the constructor under Node's and bundlers' interop alike.
const ELK = ElkBundled.default;
let shared: InstanceType<typeof ELK> | undefined;

/**
 * Lays out a document in Node (or any place where blocking is fine), with the
 * bundled ELK running in this thread.
 *
 * @example
 * import { layoutDocument } from '@veranderlogica/layout/node';
 * const result = await layoutDocument(document);
 */
export function layoutDocument(document: Document, options: LayoutOptions = {}): Promise<LayoutResult> {
  shared ??= new ELK();
  return layoutWith(shared, document, options);
}

/**
 * The picture of a document as SVG, laid out in this thread (see the shared `drawDocument`).
 *
 * @example
 * import { drawDocument } from '@veranderlogica/layout/node';
 * await writeFile('plan.svg', await drawDocument(document, { language: 'nl' }));
 */
function drawDocument(document: Document, options: PictureOptions = {}): Promise<string> {
  shared ??= new ELK();
  return drawWith(shared, document, options);
}

/**
 * The report's diagrams (overview and a page per goal or group), laid out in
 * this thread (see the shared `reportPictures`).
 *
 * @example
 * import { reportPictures } from '@veranderlogica/layout/node';
 * const { overview, pages } = await reportPictures(document);
 */
function reportPictures(document: Document, options: ReportPictureOptions = {}): Promise<ReportPictures> {
  shared ??= new ELK();
  return reportWith(shared, document, options);
}

/**
 * What the core's exports need to draw, laid out in this thread (see the shared `exportContext`).
 *
 * @example
 * import { exportContext } from '@veranderlogica/layout/node';
 * const svg = await getExportFormat('svg')!.run(document, exportContext(document));
 */
function exportContext(document: Document, options: Parameters<typeof contextWith>[2] = {}): ExportContext {
  shared ??= new ELK();
  return contextWith(shared, document, options);
}

/**
 * In Node: the layout with a ready ELK in a worker thread, and pictures and export contexts for the CLI.
 *
 * @module @veranderlogica/layout/node
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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
import { createWorkerElk, type ElkWorker } from './worker.js';
import type { ElkLike } from './layout.js';
import type { LayoutResult } from './result.js';

export * from './index.js';
export { drawDocument, exportContext, reportPictures };

/**
 * ELK in a worker thread, shaped as the Web Worker elkjs's API talks to. The thread keeps the process alive only
 * while a layout is under way (a command line that is done exits), and a layout past its budget is stopped by
 * terminating the thread: the next layout gets a new one.
 */
function threadWorker(): ElkWorker {
  // Built, the thread is `elk-thread.js` beside this file; from the sources (tests), Node runs the `.ts` itself.
  const built = new URL('./elk-thread.js', import.meta.url);
  const thread = new Worker(existsSync(fileURLToPath(built)) ? built : new URL('./elk-thread.ts', import.meta.url));
  const pending = new Set<unknown>();
  const keepAlive = () => (pending.size > 0 ? thread.ref() : thread.unref());
  const worker = {
    onmessage: undefined as ((event: { data: unknown }) => void) | undefined,
    postMessage(message: unknown) {
      const { id, cmd } = message as { id?: unknown; cmd?: unknown };
      if (cmd !== 'register') pending.add(id);
      keepAlive();
      thread.postMessage(message);
    },
    terminate() {
      pending.clear();
      void thread.terminate();
    },
  };
  thread.on('message', (data: { id?: unknown }) => {
    pending.delete(data.id);
    keepAlive();
    worker.onmessage?.({ data });
  });
  thread.unref();
  return worker;
}

let shared: ElkLike | undefined;
const elk = (): ElkLike => (shared ??= createWorkerElk(threadWorker));

/**
 * Lays out a document in Node, with ELK in a worker thread: a layout past its
 * `timeoutMs` is stopped for real, and the plain rows take its place.
 *
 * @example
 * import { layoutDocument } from '@veranderlogica/layout/node';
 * const result = await layoutDocument(document);
 */
export function layoutDocument(document: Document, options: LayoutOptions = {}): Promise<LayoutResult> {
  return layoutWith(elk(), document, options);
}

/**
 * The picture of a document as SVG, laid out with ELK in a worker thread (see the shared `drawDocument`).
 *
 * @example
 * import { drawDocument } from '@veranderlogica/layout/node';
 * await writeFile('plan.svg', await drawDocument(document, { language: 'nl' }));
 */
function drawDocument(document: Document, options: PictureOptions = {}): Promise<string> {
  return drawWith(elk(), document, options);
}

/**
 * The report's diagrams (overview and a page per goal or group), laid out in
 * a worker thread (see the shared `reportPictures`).
 *
 * @example
 * import { reportPictures } from '@veranderlogica/layout/node';
 * const { overview, pages } = await reportPictures(document);
 */
function reportPictures(document: Document, options: ReportPictureOptions = {}): Promise<ReportPictures> {
  return reportWith(elk(), document, options);
}

/**
 * What the core's exports need to draw, laid out with ELK in a worker thread (see the shared `exportContext`).
 *
 * @example
 * import { exportContext } from '@veranderlogica/layout/node';
 * const svg = await getExportFormat('svg')!.run(document, exportContext(document));
 */
function exportContext(document: Document, options: Parameters<typeof contextWith>[2] = {}): ExportContext {
  return contextWith(elk(), document, options);
}

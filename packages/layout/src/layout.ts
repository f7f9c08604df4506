import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Document } from '@veranderlogica/core';
import { buildElkGraph } from './elk-graph.js';
import { assignLayers } from './layering.js';
import type { LayoutOptions } from './options.js';
import { readElkResult, type LayoutResult } from './result.js';
import { wrapLayers } from './rows.js';
import { stabilize } from './stabilize.js';

/** The one method of an ELK instance this package needs: elkjs in Node, or elkjs talking to a Web Worker. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** Thrown when a layout takes longer than `timeoutMs`, e.g. a worker that never answers. */
export class LayoutTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Layout did not finish within ${timeoutMs} ms`);
    this.name = 'LayoutTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new LayoutTimeoutError(ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Lays out a veranderlogica in layers: interventions, working mechanisms,
 * outcomes by horizon, goals by level, with the interest sphere beyond the
 * line of accountability. Indicators and assumptions sit beside what they
 * measure or underlie. Orthogonal edge routes come with their bend points.
 *
 * Pass `previous` positions (usually `document.layout?.positions`) to keep
 * the picture stable: pinned nodes stay, others keep their order and move as
 * little as possible.
 *
 * @example
 * import { layoutDocument } from '@veranderlogica/layout/node'; // or, in a browser, with a worker-backed ELK
 * const { positions, edges } = await layoutDocument(document, { direction: 'BT' });
 */
export async function layoutDocument(elk: ElkLike, document: Document, options: LayoutOptions = {}): Promise<LayoutResult> {
  const layering = wrapLayers(document, assignLayers(document), options);
  const input = buildElkGraph(document, layering, options);
  const output = await withTimeout(elk.layout(input.graph), options.timeoutMs ?? 20_000);
  return stabilize(readElkResult(document, layering, input, output, options), options);
}

import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Document } from '@veranderlogica/core';
import { buildElkGraph } from './elk-graph.js';
import { assignLayers } from './layering.js';
import type { LayoutOptions } from './options.js';
import { readElkResult, type LayoutResult } from './result.js';
import { wrapLayers } from './rows.js';
import { stabilize } from './stabilize.js';
import { beyondElk, rowsLayout } from './fallback.js';

/** The one method of an ELK instance this package needs: elkjs in Node, or elkjs talking to a Web Worker. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
  /** Stops a layout that runs past its time for real (a worker is terminated; the next layout gets a new one). */
  stop?(): void;
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
  const layers = assignLayers(document);
  // A plan ELK cannot lay out in bounded time and stack (a chain of thousands of cards, tens of thousands of
  // cards) is drawn in plain rows at once.
  if (beyondElk(document, layers)) return rowsLayout(document, layers, options);
  const layering = wrapLayers(document, layers, options);
  const input = buildElkGraph(document, layering, options);
  let output: ElkNode;
  try {
    output = await withTimeout(elk.layout(input.graph), options.timeoutMs ?? 20_000);
  } catch (error) {
    // Past its time, ELK is stopped for real where it runs apart (a worker), and the plan drawn in plain rows;
    // so is a plan on which ELK itself fails (its stack overflowed on long chains).
    if (error instanceof LayoutTimeoutError) elk.stop?.();
    else if (!(error instanceof RangeError)) throw error;
    return rowsLayout(document, layers, options);
  }
  return stabilize(readElkResult(document, layering, input, output, options), options);
}

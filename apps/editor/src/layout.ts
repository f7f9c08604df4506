import ElkWorker from 'elkjs/lib/elk-worker.min.js?worker';
import { positionOf, type Document, type Position } from '@veranderlogica/core';
import { createWorkerElk, layoutDocument, type LayoutResult, type Size } from '@veranderlogica/layout';

// One worker for the page; ELK's algorithm loads only there, never on the main thread.
let elk: ReturnType<typeof createWorkerElk> | undefined;

/** The page's ELK, running in its Web Worker (started on first use). */
export function workerElk(): ReturnType<typeof createWorkerElk> {
  elk ??= createWorkerElk(() => new ElkWorker());
  return elk;
}

/**
 * Whether a document has cards without a place (a file written by hand or by a program, a template): it is laid out
 * when it is opened, as when the editor starts with it.
 */
export function needsLayout(document: Document): boolean {
  return document.nodes.length > 0 && (!document.layout || document.nodes.some((node) => !positionOf(document, node.id)));
}

/**
 * The routes of a layout and the boxes of the cards they were computed for:
 * a route holds while both its cards are still at those places, that size.
 */
export interface LayoutRoutes {
  readonly placed: LayoutResult['positions'];
  readonly edges: LayoutResult['edges'];
}

/**
 * Lays the document out in a Web Worker and returns new positions, keeping
 * pinned cards and the current order, and the connections' routes. Apply the
 * positions as one `setPositions` operation.
 */
export async function computeLayout(
  document: Document,
  sizes: Record<string, Size>,
): Promise<{ positions: Record<string, Position>; routes: LayoutRoutes; fallback: boolean }> {
  const result = await layoutDocument(workerElk(), document, {
    direction: document.layout?.direction ?? 'BT',
    sizes,
    previous: document.layout?.positions ?? null,
    timeoutMs: 15_000,
  });
  const positions: Record<string, Position> = {};
  for (const [id, p] of Object.entries(result.positions)) {
    const pinned = positionOf(document, id)?.pinned;
    positions[id] = pinned ? { x: p.x, y: p.y, pinned } : { x: p.x, y: p.y };
  }
  return { positions, routes: { placed: result.positions, edges: result.edges }, fallback: result.fallback === true };
}

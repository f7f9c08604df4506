import type { Document } from '@veranderlogica/core';
import { layoutDocument, type ElkLike } from './layout.js';
import { renderSvg, type SvgOptions } from './svg.js';

export interface PictureOptions extends SvgOptions {
  /** Give up after this many milliseconds. Default 20,000. */
  readonly timeoutMs?: number;
}

/**
 * The picture of a document that every export hands out (SVG file, PNG, the
 * report's diagram, the print view): laid out from the document itself, in its
 * direction, keeping pinned cards and the order of the cards where it was laid
 * out before; neutral (nothing of an editor's selection or view) and always
 * the whole plan.
 *
 * @example
 * const svg = await drawDocument(elk, document, { language: 'nl' });
 */
export async function drawDocument(elk: ElkLike, document: Document, options: PictureOptions = {}): Promise<string> {
  const layout = await layoutDocument(elk, document, {
    direction: document.layout?.direction ?? 'BT',
    previous: document.layout?.positions ?? null,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  return renderSvg(document, layout, options);
}

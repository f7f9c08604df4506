import { indexDocument, type Document } from '@veranderlogica/core';
import type { Layering } from './layering.js';
import { SATELLITE_GAP, SATELLITE_LINK, type LayoutOptions, type Size } from './options.js';
import { sizeOf } from './card-text.js';

/** Where a card sits inside a box, relative to the box's corner. */
export interface Placed {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A card's box in the layout: its size, and where the card and each of its satellites sit in it. */
export interface CardBox {
  readonly size: Size;
  readonly offsets: ReadonlyMap<string, Placed>;
}

/**
 * The box a main card takes in the layout: the card at the box's corner and
 * its indicators and assumptions in one column to its right (BT) or one row
 * below it (LR), so nothing lies straight below (BT) or beside (LR) the card
 * and connections reach it from the box's border. The one place this
 * arithmetic lives: the ELK graph and the row wrapping both read it.
 *
 * @example
 * const { size, offsets } = cardBox(document, layering, { direction: 'BT' }, 'goal-1');
 */
export function cardBox(document: Document, layering: Layering, options: LayoutOptions, id: string): CardBox {
  const index = indexDocument(document);
  const node = index.nodeById.get(id)!;
  const horizontal = options.direction === 'LR';
  const size = sizeOf(options, document, node);
  const offsets = new Map<string, Placed>([[id, { x: 0, y: 0, ...size }]]);
  let width = size.width;
  let height = size.height;
  let along = 0;
  for (const satelliteId of layering.satellitesOf.get(id) ?? []) {
    const satellite = index.nodeById.get(satelliteId)!;
    const s = sizeOf(options, document, satellite);
    const x = horizontal ? along : size.width + SATELLITE_LINK;
    const y = horizontal ? size.height + SATELLITE_LINK : along;
    along += (horizontal ? s.width : s.height) + SATELLITE_GAP;
    offsets.set(satelliteId, { x, y, ...s });
    width = Math.max(width, x + s.width);
    height = Math.max(height, y + s.height);
  }
  return { size: { width, height }, offsets };
}

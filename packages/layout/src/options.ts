import { KIND_ORDER, NODE_KIND_SPECS, type Language, type LayoutDirection, type NodeKind } from '@veranderlogica/core';
import type { Hyphenate } from './hyphenate.js';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Default card sizes per kind, used when the caller has not measured a node. */
export const DEFAULT_SIZES: Readonly<Record<NodeKind, Size>> = Object.fromEntries(
  KIND_ORDER.map((kind) => [kind, NODE_KIND_SPECS[kind].size]),
) as Record<NodeKind, Size>;

export interface LayoutOptions {
  /** `BT`: interventions at the bottom, goals on top (default). `LR`: left to right. */
  readonly direction?: LayoutDirection;
  /** Measured sizes by node id; missing ones fall back to {@link DEFAULT_SIZES}. */
  readonly sizes?: Readonly<Record<string, Size>>;
  /**
   * Where nodes were before (usually `document.layout.positions`). Nodes keep
   * their order within a layer and move as little as possible; pinned ones do not move.
   * Pass `null` to lay out from scratch.
   */
  readonly previous?: Readonly<Record<string, { x: number; y: number; pinned?: boolean }>> | null;
  /** Space between cards in a layer. Default 40. */
  readonly nodeSpacing?: number;
  /** Space between layers. Default 70. */
  readonly layerSpacing?: number;
  /** Give up after this many milliseconds (a worker that never answers). Default 20,000. */
  readonly timeoutMs?: number;
  /**
   * The width ÷ height long layers are wrapped towards, as the row estimate
   * reckons it (see `TARGET_ASPECT`, the default, for how estimate and result
   * differ). Higher keeps more cards side by side: for a part of a plan on a
   * landscape page or a screen.
   */
  readonly aspect?: number;
  /**
   * Lines of text a card carries under its title, by card id: where a
   * connection goes on to another page and where else the card stands (the
   * report's atlas). The card grows to hold them.
   */
  readonly notes?: Readonly<Record<string, readonly string[]>>;
  /** Breaks long words of titles between syllables (see `loadHyphenate`); without it they break where they must. */
  readonly hyphenate?: Hyphenate;
  /** The language the cards' kind lines are drawn in (their length sets the card's height). Default the plan's. */
  readonly language?: Language;
}

export const DEFAULT_NODE_SPACING = 40;
export const DEFAULT_LAYER_SPACING = 70;
/** Gap between the indicators and assumptions stacked beside a card. */
export const SATELLITE_GAP = 16;
/**
 * Gap between a card and the indicators and assumptions beside it: the length of the line that joins them,
 * long enough to be seen as a connection on a projector (the picture check's `MIN_CONNECTION`).
 */
export const SATELLITE_LINK = 40;

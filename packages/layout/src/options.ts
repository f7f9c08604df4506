import { KIND_ORDER, NODE_KIND_SPECS, wrap, type LayoutDirection, type NodeKind } from '@veranderlogica/core';
import { titleLines, type Hyphenate } from './hyphenate.js';

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

/** Height of the card's header (kind label) and padding, and of one title line, at the default 14 px font. */
export const CARD_CHROME = 40;
export const TITLE_LINE_HEIGHT = 17;
/** Average glyph width at 14 px, for estimating without measuring. */
export const CHAR_WIDTH = 7.6;

/** How many characters of a title a line of a card this wide holds. */
export const titleChars = (width: number) => Math.max(8, Math.floor((width - 20) / CHAR_WIDTH));

/** A note under a card's title: its line height, and the room above the first line (a rule parts it from the title). */
export const NOTE_LINE_HEIGHT = 17;
export const NOTE_GAP = 10;

/** A card's notes wrapped to its width, as they are drawn. */
export function noteLines(notes: readonly string[] | undefined, width: number): string[] {
  if (!notes?.length) return [];
  const chars = Math.max(8, Math.floor((width - 20) / CHAR_WIDTH));
  return notes.flatMap((note) => wrap(note, chars));
}

/** The height a card's notes take at its bottom (0 without notes). */
export function notesHeight(lines: readonly string[]): number {
  return lines.length ? NOTE_GAP + lines.length * NOTE_LINE_HEIGHT : 0;
}

/**
 * A card's size: measured by the caller when given, else the kind's default
 * width and a height that fits the whole wrapped title (a long title makes a tall card; none is cut) and its notes.
 */
export function sizeOf(options: LayoutOptions, id: string, kind: NodeKind, title = ''): Size {
  const measured = options.sizes?.[id];
  if (measured) return measured;
  const base = DEFAULT_SIZES[kind];
  const lines = Math.max(1, titleLines(title, titleChars(base.width), options.hyphenate).length);
  const notes = notesHeight(noteLines(options.notes?.[id], base.width));
  return { width: base.width, height: Math.max(base.height, CARD_CHROME + lines * TITLE_LINE_HEIGHT) + notes };
}

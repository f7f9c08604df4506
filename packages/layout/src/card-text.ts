import { cardSubtitle, NODE_KINDS, type Document, type Language, type ToCNode } from '@veranderlogica/core';
import { wrapText, type TextStyle } from './font.js';
import { DEFAULT_SIZES, type LayoutOptions, type Size } from './options.js';
import { PRIORITY_WORD as PRIORITY } from './messages.js';

/** A card's title: 14 px, lines 17 px apart, the first baseline this far under the kind line's. */
export const TITLE_TEXT: TextStyle = { size: 14 };
export const TITLE_LINE_HEIGHT = 17;
/** The kind line above the title: 10 px bold capitals, letter-spaced, lines 12 px apart. */
export const KIND_TEXT: TextStyle = { size: 10, bold: true, letterSpacing: 0.5 };
export const KIND_LINE_HEIGHT = 12;
/** A note under the title (where a chain goes on in the atlas): 14 px, lines 17 px apart, under a rule. */
const NOTE_TEXT: TextStyle = { size: 14 };
export const NOTE_LINE_HEIGHT = 17;
const NOTE_GAP = 10;
/** Room left and right of a card's text. */
export const CARD_PADDING = 10;
/** The card's chrome: the padding above the kind line, the kind line and the room under the last title line. */
const CARD_CHROME = 40;

/** The small line above a card's title: its kind, a priority star, and the detail the kind's spec gives. */
function kindLine(node: ToCNode, document: Document, language: Language): string {
  const kind = NODE_KINDS.labels[node.kind][language].toUpperCase();
  const star = node.kind === 'intervention' && node.priority ? ` · ★ ${PRIORITY[language]}` : '';
  const detail = cardSubtitle(node, document, language);
  return `${kind}${star}${detail ? ` · ${detail}` : ''}`;
}

/** What a card of a given width says, line by line, as the picture draws it. */
export interface CardText {
  readonly kind: readonly string[];
  readonly title: readonly string[];
  readonly notes: readonly string[];
}

/**
 * A card's text wrapped to its width with the pictures' font: the kind line, the whole title (a long word
 * between its syllables) and the notes. Nothing is cut: the card grows to hold it (see {@link sizeOf}).
 */
export function cardText(
  node: ToCNode,
  document: Document,
  width: number,
  options: Pick<LayoutOptions, 'language' | 'notes' | 'hyphenate'>,
): CardText {
  const room = width - 2 * CARD_PADDING;
  const language = options.language ?? document.language;
  return {
    kind: wrapText(kindLine(node, document, language), room, KIND_TEXT),
    title: wrapText(node.title || '…', room, TITLE_TEXT, options.hyphenate),
    // Only the card's own notes: a card may be called `valueOf` or `constructor`, which a plain object answers too.
    notes: (options.notes && Object.hasOwn(options.notes, node.id) ? options.notes[node.id]! : []).flatMap((note) =>
      wrapText(note, room, NOTE_TEXT),
    ),
  };
}

/** The height a card's notes take at its bottom (0 without notes). */
export function notesHeight(lines: readonly string[]): number {
  return lines.length ? NOTE_GAP + lines.length * NOTE_LINE_HEIGHT : 0;
}

/** Where a card's first title line stands: its baseline under the card's top. */
export function titleBaseline(text: CardText): number {
  return 36 + Math.max(0, text.kind.length - 1) * KIND_LINE_HEIGHT;
}

/**
 * A card's size: measured by the caller when given, else the kind's default width and a height that holds
 * its whole kind line, title and notes (a long title makes a tall card; none is cut).
 */
export function sizeOf(options: LayoutOptions, document: Document, node: ToCNode): Size {
  const measured = options.sizes && Object.hasOwn(options.sizes, node.id) ? options.sizes[node.id] : undefined;
  if (measured) return measured;
  const base = DEFAULT_SIZES[node.kind];
  const text = cardText(node, document, base.width, options);
  const body = CARD_CHROME + Math.max(0, text.kind.length - 1) * KIND_LINE_HEIGHT + text.title.length * TITLE_LINE_HEIGHT;
  return { width: base.width, height: Math.max(base.height, body) + notesHeight(text.notes) };
}

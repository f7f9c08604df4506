/**
 * The size React Flow is told a card has until it has measured it: the size of
 * every card drawn simple (a plan of more than 300 cards at overview zoom:
 * `.vl-card` is 240 px wide, its simple body 72 px high inside 22 px of padding
 * and border), and close to a detailed card's. With it, React Flow draws each
 * card on its first pass, where it would otherwise hide every card until all
 * are measured; a detailed card that turns out taller is measured and redrawn
 * as before. `styles.css` draws the card; a browser test holds the two alike.
 *
 * @example
 * const node = { id, position, data, initialWidth: CARD_BEFORE_MEASURED.width, initialHeight: CARD_BEFORE_MEASURED.height };
 */
export const CARD_BEFORE_MEASURED = { width: 240, height: 94 } as const;

/** Accented stand-ins for ASCII letters: still readable, clearly not a real language. */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((letter, i) => [letter, [...'àƀçđéĝĥîķļñöŕšţûŵýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ'][i]!]),
);

/** The marks around a pseudo-localized text: a text without them on screen did not come from a catalogue. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/**
 * A text as the pseudo-locale `qps` shows it: every letter accented, a third longer, between ⟦ and ⟧. A browser
 * test opens every view in it: a text that is not accented was written into the interface instead of coming from
 * a catalogue, and a text that no longer fits shows where a longer language will break the layout.
 *
 * @example
 * pseudoLocalize('Save'); // '⟦Šàvé ·⟧'
 */
export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  const accented = [...text].map((character) => ACCENTED[character] ?? character).join('');
  const padding = '·'.repeat(Math.ceil([...text].length / 3));
  return `${PSEUDO_OPEN}${accented} ${padding}${PSEUDO_CLOSE}`;
}

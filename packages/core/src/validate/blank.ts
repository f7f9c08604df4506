/**
 * Whether a text is empty or only white space, as `text.trim() === ''` says,
 * but without trimming the common case: a text that starts with a visible
 * ASCII character is not blank. For checks that ask this of every card.
 *
 * @example
 * blank('  '); // true
 * blank('Minder seksueel geweld'); // false
 */
export function blank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return (first <= 0x20 || first > 0x7e) && text.trim() === '';
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 10;

/**
 * A new random id such as `goal-k3x9a0m2qz`. 36^10 values make a clash
 * between two laptops editing one document vanishingly rare; `taken` rules
 * out clashes inside a document, so an id is never reused.
 * Uses `crypto.getRandomValues`, present in Node 20 and in every browser
 * (also on plain http, where `randomUUID` is not).
 *
 * @example
 * newId('goal', (id) => ids.has(id));
 */
export function newId(prefix: string, taken: (id: string) => boolean = () => false): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(RANDOM_LENGTH));
    let random = '';
    // 252 = 7 × 36: rejecting higher bytes keeps every character equally likely.
    for (const byte of bytes) random += byte < 252 ? ALPHABET[byte % 36] : ALPHABET[(byte * 7) % 36];
    const id = `${prefix}-${random}`;
    if (!taken(id)) return id;
  }
}

/** What {@link decodeUtf8} gives: the text, or the byte where the bytes stop being UTF-8. */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

const REPLACEMENT = 0xfffd;

/**
 * Bytes read as UTF-8, strictly: a byte sequence that is not UTF-8 is not turned into "�" quietly, but
 * reported with its byte offset (0-based), so a reader can say where a file is broken.
 *
 * @example
 * decodeUtf8(new Uint8Array([0x7b, 0xff, 0x7d])); // { ok: false, offset: 1 }
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Where: decoded leniently, the first "�" that the bytes did not spell out themselves (EF BF BD).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const encoder = new TextEncoder();
    let offset = 0;
    let from = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
      offset += encoder.encode(text.slice(from, i)).length;
      from = i;
      const genuine = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
      if (!genuine) return { ok: false, offset };
      offset += 3;
      from = i + 1;
    }
    return { ok: false, offset: text.codePointAt(0) === REPLACEMENT ? 0 : bytes.length };
  }
}

import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { fromJsonPointer } from './issue.js';

/**
 * Where each line of a text starts: LF, CRLF and a lone CR all end a line. Built once in linear time, so that
 * locating any number of errors costs a binary search each.
 *
 * @example
 * lineStarts('a\r\nb\rc'); // [0, 3, 5]
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Line and column (1-based) of a character offset, from {@link lineStarts}. */
function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * Line and column (1-based) of a character offset in a text.
 *
 * @example
 * lineAndColumn('{\r\n  "a": 1\r\n}', 5); // { line: 2, column: 3 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  return position(lineStarts(text.slice(0, Math.max(0, offset))), offset);
}

/**
 * Finds where in a JSON text the value at each pointer starts. Parses the text once into a syntax tree and indexes
 * its lines once; only called when there are errors to report. A pointer to a missing key resolves to its nearest
 * existing parent.
 */
export function createLocator(text: string): (pointer: string) => { line: number; column: number } | undefined {
  const tree = parseTree(text);
  const starts = lineStarts(text);
  return (pointer) => {
    if (!tree) return undefined;
    const segments: (string | number)[] = fromJsonPointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    while (segments.length >= 0) {
      const node = findNodeAtLocation(tree, segments);
      if (node) {
        // For an object property, point at its key rather than its value.
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return position(starts, at);
      }
      if (segments.length === 0) return undefined;
      segments.pop();
    }
    return undefined;
  };
}

/**
 * The offset of the first bracket that opens a level deeper than `limit` in a JSON text (strings skipped), or
 * `undefined`. One pass, no recursion: a text nested 100,000 deep is refused before anything recursive reads it.
 *
 * @example
 * tooDeepAt('[[[1]]]', 2); // 2
 */
export function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      // Skip a string, with its escapes.
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92) i++;
        else if (inner === 34) break;
      }
    } else if (code === 91 || code === 123) {
      if (++depth > limit) return i;
    } else if (code === 93 || code === 125) depth--;
  }
  return undefined;
}

import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { fromJsonPointer } from './issue.js';

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds where in a JSON text the value at each pointer starts. Parses the text
 * once into a syntax tree; only called when there are errors to report.
 * A pointer to a missing key resolves to its nearest existing parent.
 */
export function createLocator(text: string): (pointer: string) => { line: number; column: number } | undefined {
  const tree = parseTree(text);
  return (pointer) => {
    if (!tree) return undefined;
    const segments: (string | number)[] = fromJsonPointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    while (segments.length >= 0) {
      const node = findNodeAtLocation(tree, segments);
      if (node) {
        // For an object property, point at its key rather than its value.
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return lineAndColumn(text, at);
      }
      if (segments.length === 0) return undefined;
      segments.pop();
    }
    return undefined;
  };
}

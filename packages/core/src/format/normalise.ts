/* eslint-disable no-control-regex -- control characters are what these patterns are about */
import { toJsonPointer } from './issue.js';

/**
 * Characters no text of a document may hold: C0 control characters other than tab, line feed and carriage return,
 * and halves of a surrogate pair without their other half. They cannot be typed, break XML (SVG), DOT and
 * terminals, and only come from a damaged file or a hostile one. (DEL and the C1 controls are legal in JSON and XML;
 * the terminal output writes them out visibly.)
 */
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * A text without the characters no document may hold: control characters are left out, a broken surrogate becomes
 * U+FFFD (the replacement character), so a reader sees where something was.
 *
 * @example
 * cleanText('A\u0000B\ud800'); // 'AB\ufffd'
 */
export function cleanText(text: string): string {
  return text.replace(UNWANTED, (match) => (match.length === 1 && match.charCodeAt(0) >= 0xd800 ? '\ufffd' : ''));
}

const hasUnwanted = (text: string) => {
  UNWANTED.lastIndex = 0;
  return UNWANTED.test(text);
};

/**
 * Cleans every string (keys too) of a parsed JSON value with {@link cleanText}, iteratively. Returns the value and
 * the JSON pointers of what changed, or `undefined` when the value nests deeper than `maxDepth`. A value the
 * caller owns (`copy`) is cloned before anything changes; a freshly parsed one is mended in place.
 *
 * @example
 * normaliseStrings({ title: 'A\u0000' }, 64, true); // { value: { title: 'A' }, changed: ['/title'] }
 */
export function normaliseStrings(value: unknown, maxDepth: number, copy = false): { value: unknown; changed: string[] } | undefined {
  if (typeof value === 'string') return hasUnwanted(value) ? { value: cleanText(value), changed: [''] } : { value, changed: [] };
  const found = walk(value, maxDepth, false);
  if (found === undefined) return undefined;
  if (found.length === 0) return { value, changed: [] };
  const target = copy ? structuredClone(value) : value;
  walk(target, maxDepth, true);
  return { value: target, changed: found };
}

/** Visits every container; with `mend`, replaces unwanted strings and keys. Returns the changed paths. */
function walk(root: unknown, maxDepth: number, mend: boolean): string[] | undefined {
  const changed: string[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > maxDepth) return undefined;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      let name = key;
      if (hasUnwanted(key)) {
        changed.push(toJsonPointer([...path, key]));
        name = cleanText(key);
        if (mend) {
          record[name] = record[key];
          delete record[key];
        }
      }
      const child = record[name];
      if (typeof child === 'string') {
        if (hasUnwanted(child)) {
          changed.push(toJsonPointer([...path, name]));
          if (mend) record[name] = cleanText(child);
        }
      } else if (typeof child === 'object' && child !== null)
        stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(name) : name] });
    }
  }
  return changed;
}

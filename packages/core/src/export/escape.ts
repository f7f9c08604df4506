/* eslint-disable no-control-regex -- control characters are what these patterns are about */
import { cleanText } from '../format/normalise.js';

/**
 * One escaping function per output format. Each takes any text the format allows (and any a caller of the API
 * passes: control characters and broken surrogates are left out first, as reading a file does) and returns text
 * that the target reads as that plain text, never as markup, a formula or a command. A table-driven test runs every
 * one over one shared corpus of hostile strings (`test-support/hostile-strings.ts`) and reads the output back with
 * a real parser of the format.
 */

/**
 * User text for Markdown, as plain text on one line: line breaks (also a lone CR), tabs and runs of spaces become one
 * space, and every ASCII punctuation character Markdown could read as syntax (including `<` for raw HTML, and `:`,
 * `@` and `www.` that would become links) is backslash-escaped.
 *
 * @example
 * escapeMarkdown('# <img onerror=x> *a*'); // '\\# \\<img onerror=x\\> \\*a\\*'
 */
export function escapeMarkdown(text: string): string {
  // Parentheses and '!' need no escape: with '[' and ']' escaped no link or image can form.
  return (
    cleanText(text)
      // One line, single spaces: a leading tab or four spaces would make a code block, a line break a new block.
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>#|~&=+-]/g, (match, offset: number, whole: string) =>
        // '=', '+' and '-' only matter where a line starts (setext headings, lists): escape them there only.
        '=+-'.includes(match) && whole.slice(0, offset).trim() !== '' ? match : `\\${match}`,
      )
      // What would become a link by itself: a scheme's "://", an e-mail's "@", "www.". Other colons stay readable.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/(?<=\w)@(?=\w)/g, '\\@')
      .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`)
      // "1. Preventie" at the start of a line would be a numbered list.
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * User text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('<b title="x">'); // '&lt;b title=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * User text for XML and SVG content and attribute values (XML 1.0 has no place for control characters at all).
 *
 * @example
 * escapeXml('A & B <c>'); // 'A &amp; B &lt;c&gt;'
 */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A DOT quoted string: backslashes and quotes escaped, line breaks as `\n`.
 *
 * @example
 * dotString('Zeg "ja"'); // '"Zeg \\"ja\\""'
 */
export function dotString(text: string): string {
  return `"${cleanText(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')}"`;
}

/**
 * A quoted Mermaid label on one line: every character Mermaid reads as syntax (quotes, angle brackets, `#`, `&`,
 * back-ticks for Markdown strings, `%` that could open a directive) written as a Mermaid entity code, so `&lt;` stays those four characters.
 *
 * @example
 * mermaidLabel('A & <b>'); // '"A #38; #60;b#62;"'
 */
export function mermaidLabel(text: string): string {
  const clean = cleanText(text).replace(/\s+/g, ' ').trim() || '…';
  return `"${clean.replace(/[#"<>&`%]/g, (match) => `#${match.charCodeAt(0)};`)}"`;
}

/** What a spreadsheet reads as the start of a formula (OWASP: = + - @, tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180 (quoted when it holds the delimiter, a quote or a line break; quotes doubled). Text that
 * a spreadsheet would run as a formula gets a leading apostrophe, as OWASP recommends; numbers stay numbers.
 *
 * @example
 * csvField('=HYPERLINK("http://x")'); // '"\'=HYPERLINK(""http://x"")"'
 */
export function csvField(value: string | number | undefined, delimiter = ','): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : cleanText(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text for a terminal: control characters (escape sequences that could clear the screen or forge a line, a lone
 * CR, backspace, C1 codes) written out visibly as `\x1b`, `\r`, …, so what is printed is what the file holds.
 * Line feeds and tabs stay.
 *
 * @example
 * terminalText('ok\u001b[2J'); // 'ok\\x1b[2J'
 */
export function terminalText(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu,
    (match) => {
      const code = match.charCodeAt(0);
      if (code === 13) return '\\r';
      return code >= 0xd800 ? '\ufffd' : `\\x${code.toString(16).padStart(2, '0')}`;
    },
  );
}

import { FONT_FAMILY_NAME } from './font-metrics.generated.js';
import { BOLD_WOFF2, REGULAR_WOFF2 } from './font-data.generated.js';

// Apart from the font's metrics (font.ts), so a page that only measures text (the editor) does not load the font
// files' 36 kB with its first scripts.

/**
 * CSS `@font-face` rules that carry the pictures' font inside a file (woff2 as data URLs, 36 kB): for an SVG
 * or HTML page that must draw the same wherever it is opened. A page that loads `@fontsource/noto-sans`
 * itself (the editor) does not need them.
 *
 * @example
 * const style = `<style>${fontFaceCss()}</style>`;
 */
export function fontFaceCss(): string {
  const face = (weight: number, data: string) =>
    `@font-face{font-family:'${FONT_FAMILY_NAME}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`;
  return face(400, REGULAR_WOFF2) + face(700, BOLD_WOFF2);
}

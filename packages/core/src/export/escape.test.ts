// @vitest-environment node
/* eslint-disable no-control-regex -- control characters are what these patterns are about */
import Papa from 'papaparse';
import parseDot from 'dotparser';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import type { Mermaid } from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../format/normalise.js';
import { HOSTILE_STRINGS } from '../testing/hostile.js';
import { csvField, dotString, escapeHtml, escapeMarkdown, escapeXml, mermaidLabel, terminalText } from './escape.js';
import { toCsv } from './csv.js';

const window = new JSDOM('').window;
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** Every element below a parsed fragment, by tag name. */
function elements(html: string): string[] {
  const body = new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
  return [...body.querySelectorAll('*')].map((element) => element.tagName.toLowerCase());
}

describe.each(HOSTILE_STRINGS.map((text) => [JSON.stringify(text).slice(0, 60), text]))('escaping %s', (_, text) => {
  const clean = cleanText(text);

  it('Markdown, rendered with HTML allowed, is one paragraph of the same words and nothing live', () => {
    const html = marked.parse(escapeMarkdown(text), { async: false });
    expect(elements(html).filter((tag) => tag !== 'p')).toEqual([]);
    const paragraph = new JSDOM(html).window.document.body.textContent ?? '';
    expect(paragraph.trim()).toBe(clean.replace(/\s+/g, ' ').trim());
  });

  it('HTML, as content and attribute, reads back as the text', () => {
    const document = new JSDOM(`<!doctype html><body><p title="${escapeHtml(text)}">${escapeHtml(text)}</p></body>`).window.document;
    expect([...document.body.querySelectorAll('*')].map((element) => element.tagName)).toEqual(['P']);
    const p = document.querySelector('p')!;
    expect(p.textContent).toBe(clean.replace(/\r\n?/g, '\n'));
    expect(p.getAttribute('title')).toBe(clean.replace(/\r\n?/g, '\n'));
  });

  it('XML (SVG) is well-formed and reads back as the text', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text data-title="${escapeXml(text)}">${escapeXml(text)}</text></svg>`;
    const document = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const node = document.getElementsByTagName('text')[0]!;
    expect(node.textContent).toBe(clean.replace(/\r\n?/g, '\n'));
    expect(node.getAttribute('data-title')).toBe(clean.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
  });

  it('DOT parses, with one node carrying the label', () => {
    const graph = parseDot(`digraph { a [label=${dotString(text)}] }`);
    const children = graph[0]!.children;
    expect(children).toHaveLength(1);
    const label = (children[0] as { attr_list: { id: string; eq: string }[] }).attr_list.find((attr) => attr.id === 'label')!.eq;
    expect(label.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\')).toBe(clean.replace(/\r\n|\r/g, '\n'));
  });

  it('CSV parses back to the same cell; a formula start is neutralised with an apostrophe', () => {
    const csv = toCsv([[text, 'next']]).slice(1);
    const { data } = Papa.parse<string[]>(csv, { newline: '\r\n', delimiter: ',' });
    const formula = /^[=+\-@\t\r]/.test(clean);
    expect(data[0]).toEqual([formula ? `'${clean}` : clean, 'next']);
    expect(csvField(text).replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('a terminal line shows every control character visibly and runs none', () => {
    const line = terminalText(text);
    expect(line).not.toMatch(CONTROL);
    if (!CONTROL.test(text) && !text.includes('\r')) expect(line).toBe(text);
  });
});

describe('Mermaid labels', () => {
  let mermaid: Mermaid;
  beforeAll(async () => {
    // Mermaid's sanitiser needs a DOM; its parser does not render anything.
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    mermaid = (await import('mermaid')).default;
  }, 60_000);

  it('parse as one node each, with no markup, whatever the text', async () => {
    for (const text of HOSTILE_STRINGS) {
      const source = `flowchart TB\n  a[${mermaidLabel(text)}]\n  b[ok]\n  a --> b`;
      await expect(mermaid.parse(source), JSON.stringify(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
      const db = diagram.db as unknown as { getVertices(): Map<string, { text: string }>; getEdges(): unknown[] };
      expect(db.getVertices().size, JSON.stringify(text)).toBe(2);
      expect(db.getEdges()).toHaveLength(1);
      expect(mermaidLabel(text)).not.toMatch(/[<>`&%]/);
    }
  });
});

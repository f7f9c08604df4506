import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createDocument, createNode, getTemplate, wrap, type Document } from '@veranderlogica/core';
import { layoutDocument } from './node.js';
import { renderSvg } from './svg.js';
import { pictureProblems, readPicture } from './picture-check.js';
import { drawDocument } from './node.js';

const example = getTemplate('voorbeeldregio')!.create();

/** Parses SVG as strict XML: jsdom throws on anything malformed. */
function parseSvg(svg: string) {
  return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

describe('renderSvg', () => {
  it('draws a small excerpt whole: a long title and the legend wrap to its width, nothing is cut or runs past it', async () => {
    const title =
      'Samen tegen eenzaamheid: een wijkgerichte aanpak van ontmoeting, vrijwilligerswerk en mantelzorgondersteuning in de regio';
    const node = createNode('goal', { id: 'goal-1', title: 'Minder eenzaamheid onder ouderen in alle kernen van de gemeente' });
    const document: Document = { ...createDocument({ title, language: 'en' }), nodes: [node] };
    for (const language of ['nl', 'en'] as const) {
      const svg = await drawDocument(document, { language });
      const parsed = parseSvg(svg);
      expect(pictureProblems(readPicture(parsed))).toEqual([]);
      const heading = [...parsed.querySelectorAll('text[data-heading]')].map((text) => text.textContent).join(' ');
      expect(heading).toBe(title);
      expect(parsed.querySelectorAll('text[data-legend]').length).toBeGreaterThanOrEqual(8);
      expect(svg).not.toContain('…');
    }
  });

  it('is well-formed, self-contained SVG with a card, title and arrow for everything', async () => {
    const svg = renderSvg(example, await layoutDocument(example), { language: 'nl' });
    const doc = parseSvg(svg);
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelectorAll('script, image, foreignObject')).toHaveLength(0);
    expect(svg).not.toMatch(/href=/);
    const cards = doc.querySelectorAll('g > rect');
    expect(cards).toHaveLength(example.nodes.length);
    expect(doc.querySelectorAll('polyline')).toHaveLength(example.edges.length);
    // Band labels may wrap onto two lines (two <text> elements): compare with white space joined.
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const node of example.nodes) for (const line of wrap(node.title, 26).slice(0, 1)) expect(text).toContain(line.split(' ')[0]);
    for (const label of ['Interventies', 'Werkzame mechanismen', 'Uitkomsten', 'Doelen', 'Verantwoordingslijn', 'Legenda'])
      expect(text).toContain(label);
  });

  it('draws cards whose ids are Object.prototype names, with no NaN anywhere', async () => {
    const ids = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const renamed = JSON.parse(
      JSON.stringify(example).replace(/"(int-lespakket|mech-kennis|uitk-grenzen|doel-minder-geweld)"/g, (_, id: string) => {
        const i = ['int-lespakket', 'mech-kennis', 'uitk-grenzen', 'doel-minder-geweld'].indexOf(id);
        return `"${ids[i]}"`;
      }),
    ) as Document;
    // Saved positions for some cards only: the others are looked up and must not find Object.prototype's members.
    const previous = { toString: { x: 10, y: 10 } };
    const svg = renderSvg(renamed, await layoutDocument(renamed, { previous }), { language: 'nl' });
    expect(svg).not.toContain('NaN');
    expect(parseSvg(svg).querySelectorAll('g > rect')).toHaveLength(renamed.nodes.length);
  });

  it('speaks English when asked', async () => {
    const svg = renderSvg(example, await layoutDocument(example), { language: 'en' });
    expect(svg).toContain('Line of accountability');
    expect([...parseSvg(svg).querySelectorAll('text[data-band-label]')].map((t) => t.textContent).join(' ')).toContain(
      'Working mechanisms',
    );
  });

  it('shows markup in titles as text', async () => {
    const hostile: Document = {
      ...example,
      title: '<script>alert(1)</script> & "co"',
      nodes: example.nodes.map((n) => (n.id === 'doel-herstel' ? { ...n, title: '<img src=x onerror=alert(1)>' } : n)),
    };
    const svg = renderSvg(hostile, await layoutDocument(hostile));
    const doc = parseSvg(svg);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('title')!.textContent).toBe('<script>alert(1)</script> & "co"');
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent?.includes('<img'))).toBe(true);
  });
});

describe('the picture of a plan of hostile size', () => {
  it('draws a chain of 6,000 cards as well-formed SVG', async () => {
    const { longChain } = await import('@veranderlogica/core/testing');
    const document = longChain(6_000);
    const svg = renderSvg(document, await layoutDocument(document), { language: 'nl' });
    const parsed = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.querySelectorAll('g[data-id]').length).toBe(document.nodes.length);
  }, 120_000);
});

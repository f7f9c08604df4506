import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createDocument, createEdge, createNode, getExportFormat, getTemplate, type Document } from '@veranderlogica/core';
import { exportContext } from './node.js';
import { layoutDocument, type ElkLike } from './layout.js';
import { ELK_MAX_LAYERS } from './fallback.js';
import { pictureProblems, readPicture } from './picture-check.js';

/** A valid plan that is one long chain: an intervention, a mechanism, outcome after outcome, a goal. */
function chain(length: number): Document {
  const nodes = Array.from({ length }, (_, i) =>
    createNode(i === length - 1 ? 'goal' : i === 0 ? 'intervention' : i === 1 ? 'mechanism' : 'outcome', {
      id: `c${i}`,
      title: `Kaart ${i}`,
    }),
  );
  const edges = nodes.slice(1).map((node, i) => createEdge(nodes[i]!, node, { id: `e${i}` }));
  return { ...createDocument({ title: `Een keten van ${length} kaarten` }), nodes, edges };
}

describe('layout that ends', () => {
  it.each([8_000, 50_000])(
    'exports a chain of %i cards to SVG and HTML, in plain rows and saying so',
    async (length) => {
      const document = chain(length);
      const svg = (await getExportFormat('svg')!.run(document, exportContext(document))) as string;
      expect(svg).toContain('Eenvoudig getekend');
      expect((svg.match(/<g data-id=/g) ?? []).length).toBe(length);
      const html = (await getExportFormat('html')!.run(document, exportContext(document))) as string;
      expect(html).toContain('<img');
    },
    60_000,
  );

  it('draws a long chain in rows a reader can follow: every connection ends on its cards', async () => {
    const document = chain(ELK_MAX_LAYERS + 50);
    const layout = await layoutDocument({ layout: () => Promise.reject(new Error('ELK is not asked')) }, document);
    expect(layout.fallback).toBe(true);
    const { renderSvg } = await import('./svg.js');
    const problems = pictureProblems(readPicture(new JSDOM(renderSvg(document, layout), { contentType: 'image/svg+xml' }).window.document));
    expect(problems).toEqual([]);
  });

  it('stops an ELK that runs past its time for real, and falls back to rows', async () => {
    let stopped = 0;
    const stuck: ElkLike = { layout: () => new Promise(() => {}), stop: () => stopped++ };
    const document = getTemplate('voorbeeldregio')!.create();
    const layout = await layoutDocument(stuck, document, { timeoutMs: 50 });
    expect(stopped).toBe(1);
    expect(layout.fallback).toBe(true);
    expect(Object.keys(layout.positions)).toHaveLength(document.nodes.length);
  });

  it('falls back when ELK itself overflows its stack', async () => {
    const overflowing: ElkLike = { layout: () => Promise.reject(new RangeError('Maximum call stack size exceeded')) };
    const layout = await layoutDocument(overflowing, getTemplate('voorbeeldregio')!.create());
    expect(layout.fallback).toBe(true);
  });
});

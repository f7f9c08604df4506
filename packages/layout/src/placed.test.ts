import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyOperation, getTemplate, type Document } from '@veranderlogica/core';
import { layoutDocument } from './node.js';
import { isPlaced, placedLayout } from './placed.js';
import { pictureProblems, readPicture } from './picture-check.js';
import { renderSvg } from './svg.js';

/** The worked example as the editor saves it: laid out, every card's place in the file. */
async function placed(): Promise<Document> {
  const document = getTemplate('voorbeeldregio')!.create();
  const layout = await layoutDocument(document);
  const positions = Object.fromEntries(Object.entries(layout.positions).map(([id, p]) => [id, { x: p.x, y: p.y }]));
  return applyOperation(document, { type: 'setPositions', positions }).document;
}

describe('placedLayout', () => {
  it('draws a placed plan where it stands, without ELK: every card and connection, each connection on its cards', async () => {
    const document = await placed();
    expect(isPlaced(document)).toBe(true);
    const layout = placedLayout(document);
    for (const node of document.nodes) {
      expect(layout.positions[node.id]!.x).toBe(document.layout!.positions[node.id]!.x);
      expect(layout.positions[node.id]!.y).toBe(document.layout!.positions[node.id]!.y);
    }
    const svg = renderSvg(document, layout);
    const picture = readPicture(new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document);
    expect(picture.cards).toHaveLength(document.nodes.length);
    expect(picture.connections).toHaveLength(document.edges.length);
    // Every connection ends on both its cards. Without routing, a few steps pass another card (2 of 53 here: a taller
    // neighbour in the row, an indicator beside the target); shared stretches are the price of not routing too.
    const problems = pictureProblems(picture);
    expect(problems.filter((problem) => problem.code === 'end-off-source' || problem.code === 'end-off-target')).toEqual([]);
    expect(problems.filter((problem) => problem.code === 'through-card').length).toBeLessThanOrEqual(document.edges.length / 20);
    expect(layout.bands.length).toBeGreaterThan(2);
  });

  it('says a plan with a card without a place is not placed (the viewer lays it out then)', async () => {
    const document = await placed();
    const positions = { ...document.layout!.positions };
    delete positions[document.nodes[0]!.id];
    expect(isPlaced({ ...document, layout: { ...document.layout!, positions } })).toBe(false);
    expect(isPlaced({ ...document, nodes: [] })).toBe(false);
  });
});

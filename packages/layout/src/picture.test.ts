import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { focusedPart, getTemplate, type Document } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { drawDocument, exportContext, reportPictures } from './node.js';
import { pageScale, REPORT_PAGE, svgSize } from './picture.js';
import { pictureProblems, readPicture } from './picture-check.js';

const read = (svg: string) => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

describe('drawDocument with a focus', () => {
  const plan = strategyPlan(3);
  const goal = plan.nodes.find((node) => node.kind === 'goal')!.id;
  const group = plan.groups[1]!.id;

  it("draws only one group's chains to a goal, laid out afresh and sound", async () => {
    const svg = await drawDocument(plan, { focus: { goal, group }, title: false, legend: false });
    const drawn = readPicture(read(svg));
    const part = focusedPart(plan, { goal, group });
    expect(new Set(drawn.cards.map((card) => card.id))).toEqual(part.nodes);
    expect(drawn.connections).toHaveLength(part.edges.size);
    expect(pictureProblems(drawn)).toEqual([]);
    expect(svgSize(svg).width).toBeLessThan(svgSize(await drawDocument(plan)).width);
  });

  it('fades what lies outside a highlighted goal and leaves its chains as they are', async () => {
    const other = plan.nodes.find((node) => node.kind === 'goal' && node.id !== goal);
    const focus = other ? { goal: other.id } : { goal, group };
    const dom = read(await drawDocument(plan, { highlight: focus }));
    const part = focusedPart(plan, focus);
    const faded = [...dom.querySelectorAll('g[data-id]')].filter((card) => card.getAttribute('opacity') !== null);
    expect(faded.length).toBe(plan.nodes.length - part.nodes.size);
    for (const card of faded) expect(part.nodes.has(card.getAttribute('data-id')!)).toBe(false);
  });
});

describe('group labels', () => {
  it('names every strategy with interventions under the picture, below every card, labels apart', async () => {
    const plan = strategyPlan(1, { strategies: 7, interventions: 3 });
    const dom = read(await drawDocument(plan));
    const labels = [...dom.querySelectorAll('g[data-group]')];
    const withInterventions = plan.groups.filter((group) =>
      plan.nodes.some((node) => node.kind === 'intervention' && node.group === group.id),
    );
    expect(labels.map((label) => label.getAttribute('data-group')).sort()).toEqual(withInterventions.map((group) => group.id).sort());
    const lowest = Math.max(...readPicture(dom).cards.map((card) => card.y + card.height));
    const texts = labels.map((label) => {
      const text = label.querySelector('text')!;
      const width = text.textContent.length * 12 * 0.6;
      return { x: Number(text.getAttribute('x')) - width / 2, y: Number(text.getAttribute('y')), width };
    });
    for (const text of texts) expect(text.y - 12).toBeGreaterThan(lowest);
    for (const [i, a] of texts.entries())
      for (const b of texts.slice(i + 1)) expect(a.y !== b.y || a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
  });

  it.each([
    ['a strategy plan', strategyPlan(1, { strategies: 7, interventions: 3 })],
    ['the worked example', getTemplate('voorbeeldregio')!.create()],
  ])('left to right (%s): names every strategy left of the cards, beside its interventions, labels apart', async (_, plan) => {
    const document: Document = { ...plan, layout: { direction: 'LR', positions: {} } };
    const dom = read(await drawDocument(document));
    const drawn = readPicture(dom);
    expect(pictureProblems(drawn)).toEqual([]);
    const groups = [...dom.querySelectorAll('g[data-group]')];
    const named = plan.groups.filter((group) => plan.nodes.some((node) => node.kind === 'intervention' && node.group === group.id));
    expect(groups.map((group) => group.getAttribute('data-group')).sort()).toEqual(named.map((group) => group.id).sort());
    const leftmost = Math.min(...drawn.cards.map((card) => card.x), ...drawn.connections.flatMap((line) => line.points.map((p) => p.x)));
    const cardById = new Map(drawn.cards.map((card) => [card.id, card]));
    // Each label's lines, as boxes (right-aligned text of 12 px, about 0.62 em a character).
    const boxes = groups.map((group) => {
      const lines = [...group.querySelectorAll('text')];
      const ys = lines.map((line) => Number(line.getAttribute('y')));
      const right = Number(lines[0]!.getAttribute('x'));
      const width = Math.max(...lines.map((line) => line.textContent.length * 12 * 0.62));
      return { id: group.getAttribute('data-group')!, left: right - width, right, top: Math.min(...ys) - 12, bottom: Math.max(...ys) + 3 };
    });
    for (const box of boxes) {
      expect(box.left, box.id).toBeGreaterThanOrEqual(0);
      expect(box.right, box.id).toBeLessThan(leftmost);
      // The label stands level with its own interventions.
      const own = plan.nodes.filter((node) => node.kind === 'intervention' && node.group === box.id).map((node) => cardById.get(node.id)!);
      const middle = (box.top + box.bottom) / 2;
      expect(middle).toBeGreaterThanOrEqual(Math.min(...own.map((card) => card.y)));
      expect(middle).toBeLessThanOrEqual(Math.max(...own.map((card) => card.y + card.height)));
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left, `${a.id} / ${b.id}`).toBe(true);
  });
});

describe('reportPictures', () => {
  it.each([
    ['the example region', getTemplate('voorbeeldregio')!.create()],
    ['a strategy plan of 80 cards', strategyPlan(1, { strategies: 7, interventions: 3 })],
  ] as [string, Document][])(
    'gives %s a legible page for every goal with chains',
    async (_name, document) => {
      const { overview, pages } = await reportPictures(document);
      expect(readPicture(read(overview)).cards).toHaveLength(document.nodes.length);
      const goals = document.nodes.filter((node) => node.kind === 'goal' && focusedPart(document, { goal: node.id }).nodes.size > 1);
      for (const goal of goals) expect(pages.some((page) => page.goal === goal.id)).toBe(true);
      for (const page of pages) {
        const { scale, orientation } = pageScale(svgSize(page.svg));
        expect(scale, `${page.goal} ${page.group ?? ''}`).toBeGreaterThanOrEqual(REPORT_PAGE.minScale);
        expect(page.orientation).toBe(orientation);
        expect(pictureProblems(readPicture(read(page.svg)))).toEqual([]);
      }
    },
    60_000,
  );

  it('splits a goal whose chains do not fit one page into a page per strategy', async () => {
    const { pages } = await reportPictures(strategyPlan(1, { strategies: 7, interventions: 3 }));
    expect(pages.filter((page) => page.group !== undefined).length).toBeGreaterThanOrEqual(7);
  }, 60_000);
});

describe('exportContext', () => {
  it('gives the exports the same picture as drawDocument, in the language asked for', async () => {
    const plan = strategyPlan(2);
    const context = exportContext(plan, { language: 'en' });
    expect(await context.picture!()).toBe(await drawDocument(plan, { language: 'en' }));
    expect(await context.picture!()).toContain('>Goals<');
  });
});

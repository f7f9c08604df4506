import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { focusedPart, getTemplate, type Document } from '@veranderlogica/core';
import { strategyPlan, ungroupedPlan } from '@veranderlogica/core/testing';
import { drawDocument, exportContext, reportPictures } from './node.js';
import { pageScale, REPORT_PAGE, svgSize } from './picture.js';
import { loadHyphenate } from './hyphenate.js';
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

describe('drawDocument to fill a screen', () => {
  const plans: [string, () => Document][] = [
    ['the example region', () => getTemplate('voorbeeldregio')!.create()],
    ['a strategy plan of 80 cards', () => strategyPlan(1, { strategies: 7, interventions: 3 })],
    ['a plan without groups', () => ungroupedPlan()],
  ];
  for (const [name, plan] of plans) {
    it(`draws ${name} in the shape of a 16:9 screen, sound`, async () => {
      const document = plan();
      const plain = svgSize(await drawDocument(document, { title: false }));
      const filled = await drawDocument(document, { title: false, fill: 16 / 9 });
      const { width, height } = svgSize(filled);
      // Closer to 16:9 than the picture drawn for paper, and within 15 % of it.
      expect(Math.abs(Math.log(width / height / (16 / 9)))).toBeLessThanOrEqual(
        Math.abs(Math.log(plain.width / plain.height / (16 / 9))) + 1e-9,
      );
      expect(width / height).toBeGreaterThan((16 / 9) * 0.85);
      expect(width / height).toBeLessThan((16 / 9) * 1.15);
      expect(pictureProblems(readPicture(read(filled)))).toEqual([]);
    });
  }
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

describe('reportPictures: the atlas', () => {
  const atlasPlans = [
    ['the example region', getTemplate('voorbeeldregio')!.create()],
    ['a strategy plan of 80 cards', strategyPlan(1, { strategies: 7, interventions: 3 })],
    ['a plan without groups', ungroupedPlan()],
    ['a plan with long titles', ungroupedPlan({ longTitles: true })],
  ] as [string, Document][];

  it('prints cards called like Object.prototype members, with or without notes on their pages', async () => {
    // Ids a file may use: `valueOf` and `constructor` are names a plain object answers to as well.
    const plan = strategyPlan(1, { strategies: 4, interventions: 2 });
    const renamed = { valueOf: plan.nodes[3]!.id, constructor: plan.nodes[7]!.id, toString: plan.nodes[11]!.id };
    const text = Object.entries(renamed).reduce((json, [to, from]) => json.replaceAll(`"${from}"`, `"${to}"`), JSON.stringify(plan));
    const document = JSON.parse(text) as Document;
    expect(document.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(Object.keys(renamed)));
    const { overview, pages } = await reportPictures(document);
    expect(readPicture(read(overview)).cards).toHaveLength(document.nodes.length);
    for (const page of pages) expect(page.svg).not.toContain('NaN');
  });

  it.each(atlasPlans)(
    'prints every card of %s legibly on a detail page, each page sound',
    async (_name, document) => {
      const { overview, overviewPage, pages } = await reportPictures(document);
      expect(readPicture(read(overview)).cards).toHaveLength(document.nodes.length);
      const drawn = new Set<string>();
      pages.forEach((page, i) => {
        expect(page.page).toBe(overviewPage + 1 + i);
        const { scale, orientation } = pageScale(svgSize(page.svg));
        expect(scale, `p. ${page.page}`).toBeGreaterThanOrEqual(REPORT_PAGE.minScale);
        expect(page.orientation).toBe(orientation);
        const picture = readPicture(read(page.svg));
        expect(pictureProblems(picture), `p. ${page.page}`).toEqual([]);
        for (const card of picture.cards) drawn.add(card.id);
      });
      // Every card of the plan stands large on some page.
      expect([...document.nodes.map((node) => node.id)].filter((id) => !drawn.has(id))).toEqual([]);
    },
    120_000,
  );

  it('splits a plan without groups by the outcomes that lead to its goal, and says on each page where the chains go on', async () => {
    const document = ungroupedPlan();
    const { overview, unmarked, pages } = await reportPictures(document);
    expect(pages.length).toBeGreaterThan(1);
    const pageWith = new Map<string, number[]>();
    for (const page of pages)
      for (const card of readPicture(read(page.svg)).cards) pageWith.set(card.id, [...(pageWith.get(card.id) ?? []), page.page]);
    const titleToId = new Map(document.nodes.map((node) => [node.title, node.id]));
    let checked = 0;
    for (const page of pages) {
      const dom = read(page.svg);
      for (const note of dom.querySelectorAll('text[data-note]')) {
        const card = note.getAttribute('data-note')!;
        const lines = [...dom.querySelectorAll(`text[data-note="${card}"]`)].map((line) => line.textContent).join(' ');
        for (const match of lines.matchAll(/→ (.+?), p\. ([\d, ]+)/g)) {
          const target = titleToId.get(match[1]!)!;
          // The connection leaves this page, and the page named holds its target.
          expect(readPicture(dom).cards.some((drawnCard) => drawnCard.id === target)).toBe(false);
          for (const number of match[2]!.split(', ').map(Number)) expect(pageWith.get(target)).toContain(number);
          checked++;
        }
        const also = /(?:ook op|also on) p\. ([\d, ]+)/.exec(lines);
        if (also) for (const number of also[1]!.split(', ').map(Number)) expect(pageWith.get(card)).toContain(number);
      }
    }
    expect(checked).toBeGreaterThan(0);
    // The overview marks each detail page's number over the card it starts from.
    const marks = [...read(overview).querySelectorAll('g[data-mark]')].map((mark) => Number(mark.getAttribute('data-mark')));
    expect(marks.sort((a, b) => a - b)).toEqual(pages.map((page) => page.page));
    expect(read(unmarked).querySelectorAll('g[data-mark]')).toHaveLength(0);
  }, 120_000);

  it('draws every title whole, its long words broken between syllables, on every page of a plan with long titles', async () => {
    const document = ungroupedPlan({ longTitles: true });
    const { overview, pages } = await reportPictures(document);
    const titles = new Map(document.nodes.map((node) => [node.id, node.title]));
    let cards = 0;
    for (const svg of [overview, ...pages.map((page) => page.svg)]) {
      for (const card of read(svg).querySelectorAll('g[data-id]')) {
        const lines = [...card.querySelectorAll('text[font-size="14"]:not([data-note])')].map((line) => line.textContent);
        expect(lines.join(' ')).not.toContain('…');
        expect(lines.join(' ').replaceAll('- ', ''), card.getAttribute('data-id')!).toBe(titles.get(card.getAttribute('data-id')!));
        cards++;
      }
    }
    expect(cards).toBeGreaterThan(document.nodes.length);
  }, 120_000);

  it('splits a goal whose chains do not fit one page into a page per strategy', async () => {
    const { pages } = await reportPictures(strategyPlan(1, { strategies: 7, interventions: 3 }));
    expect(pages.filter((page) => page.group !== undefined).length).toBeGreaterThanOrEqual(7);
  }, 60_000);
});

describe('exportContext', () => {
  it('gives the exports the same picture as drawDocument, in the language asked for', async () => {
    const plan = strategyPlan(2);
    const context = exportContext(plan, { language: 'en' });
    // With the plan's hyphenation, as every export draws it.
    const hyphenate = (await loadHyphenate(plan.language))!;
    expect(await context.picture!()).toBe(await drawDocument(plan, { language: 'en', hyphenate }));
    expect(await context.picture!()).toContain('>Goals<');
  });
});

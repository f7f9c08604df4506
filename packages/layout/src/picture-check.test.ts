import { describe, expect, it } from 'vitest';
import { MIN_CONNECTION, pictureProblems, type Picture } from './picture-check.js';
import { separateRuns } from './separate.js';

/** Four cards in two columns, 200 px apart vertically: a, b at the bottom, c, d on top. */
const card = (id: string, x: number, y: number) => ({ id, kind: 'outcome', x, y, width: 100, height: 50 });
const base: Picture = {
  width: 800,
  height: 600,
  cards: [card('a', 0, 400), card('b', 300, 400), card('c', 0, 100), card('d', 300, 100)],
  connections: [],
  bands: [],
  labels: [],
  texts: [],
  titles: [],
};
const codes = (picture: Picture) => pictureProblems(picture).map((problem) => problem.code);

describe('pictureProblems: connections a reader can follow', () => {
  const ac = {
    id: 'a-c',
    source: 'a',
    target: 'c',
    points: [
      { x: 50, y: 400 },
      { x: 50, y: 300 },
      { x: 200, y: 300 },
      { x: 200, y: 250 },
      { x: 60, y: 250 },
      { x: 60, y: 150 },
    ],
  };

  it('finds two connections with no card in common along one line, and lets a fan share its trunk', () => {
    const bd = {
      id: 'b-d',
      source: 'b',
      target: 'd',
      points: [
        { x: 350, y: 400 },
        { x: 350, y: 300 },
        { x: 100, y: 300 },
        { x: 100, y: 200 },
        { x: 350, y: 200 },
        { x: 350, y: 150 },
      ],
    };
    expect(codes({ ...base, connections: [ac, bd] })).toContain('shared-segment');
    // The same routes from one card: a fan may share its trunk.
    expect(codes({ ...base, connections: [ac, { ...bd, source: 'a' }] })).not.toContain('shared-segment');
    // Apart by a few pixels, or touching for 2 px, they are two lines.
    const apart = { ...bd, points: bd.points.map((p) => (p.y === 300 ? { ...p, y: 306 } : p)) };
    expect(codes({ ...base, connections: [ac, apart] })).not.toContain('shared-segment');
  });

  it('finds a connection along the line of accountability, and the line under a card', () => {
    const along = { a: { x: 0, y: 300 }, b: { x: 800, y: 300 } };
    expect(codes({ ...base, connections: [ac], accountability: along })).toContain('on-accountability-line');
    expect(codes({ ...base, connections: [ac], accountability: { a: { x: 0, y: 330 }, b: { x: 800, y: 330 } } })).not.toContain(
      'on-accountability-line',
    );
    expect(codes({ ...base, accountability: { a: { x: 0, y: 420 }, b: { x: 800, y: 420 } } })).toEqual([
      'accountability-under-card',
      'accountability-under-card',
    ]);
  });

  it(`finds a connection shorter than ${MIN_CONNECTION} px`, () => {
    const cards = [card('a', 0, 0), { ...card('i', 130, 0), kind: 'indicator' }];
    const short = {
      id: 'i-a',
      source: 'i',
      target: 'a',
      points: [
        { x: 130, y: 25 },
        { x: 100, y: 25 },
      ],
    };
    expect(codes({ ...base, cards, connections: [short] })).toEqual(['too-short']);
    const cardsApart = [card('a', 0, 0), { ...card('i', 140, 0), kind: 'indicator' }];
    expect(
      codes({
        ...base,
        cards: cardsApart,
        connections: [
          {
            ...short,
            points: [
              { x: 140, y: 25 },
              { x: 100, y: 25 },
            ],
          },
        ],
      }),
    ).toEqual([]);
  });
});

describe('pictureProblems: text a reader can read whole', () => {
  it('finds a title cut short, text that runs past its card, and text that runs past the picture', () => {
    const whole = { id: 'a', title: 'Ouderen kennen hun buren', drawn: 'Ouderen kennen hun buren' };
    expect(codes({ ...base, titles: [whole] })).toEqual([]);
    expect(codes({ ...base, titles: [{ ...whole, drawn: 'Ouderen kennen h…' }] })).toEqual(['cut-title']);
    // A title broken between syllables is whole.
    expect(codes({ ...base, titles: [{ ...whole, title: 'Buurtbewoners', drawn: 'Buurt- bewoners' }] })).toEqual([]);
    const text = { text: 'Ouderen kennen hun buren', x: 10, y: 410, width: 80, height: 17, card: 'a' };
    expect(codes({ ...base, texts: [text] })).toEqual([]);
    expect(codes({ ...base, texts: [{ ...text, width: 120 }] })).toEqual(['text-outside-card']);
    expect(codes({ ...base, texts: [{ text: 'Legenda', x: 700, y: 580, width: 120, height: 15 }] })).toEqual(['text-outside-picture']);
  });
});

describe('separateRuns', () => {
  it('moves one of two unrelated connections off their common line, clear of the cards, and leaves a fan alone', () => {
    const positions = Object.fromEntries(base.cards.map((c) => [c.id, c]));
    const ac = {
      id: 'a-c',
      source: 'a',
      target: 'c',
      points: [
        { x: 50, y: 400 },
        { x: 50, y: 300 },
        { x: 200, y: 300 },
        { x: 200, y: 150 },
        { x: 100, y: 150 },
      ],
    };
    const bd = {
      id: 'b-d',
      source: 'b',
      target: 'd',
      points: [
        { x: 350, y: 400 },
        { x: 350, y: 350 },
        { x: 200, y: 350 },
        { x: 200, y: 200 },
        { x: 350, y: 200 },
        { x: 350, y: 150 },
      ],
    };
    const moved = separateRuns([ac, bd], positions);
    expect(moved.size).toBe(1);
    const routes = [ac, bd].map((route) => ({ ...route, points: moved.get(route.id) ?? route.points }));
    expect(codes({ ...base, connections: routes })).toEqual([]);
    expect(separateRuns([ac, { ...bd, target: 'c' }], positions).size).toBe(0);
  });
});

import { crossesInterior } from './picture-check.js';
import type { Point, PlacedNode } from './result.js';

/** How far apart (px) two connections are moved when they ran along one line: clearly two lines, at any print size. */
const STEP = 6;
/** How many steps either way a run is tried before it is left where it was. */
const TRIES = 4;
/** Runs this close (px) count as one line; overlaps up to this long (px) are a touch, not a shared stretch. */
const SAME_LINE = 0.75;
const SHARED = 2;

interface Route {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  points: Point[];
}

/** The axis-parallel segment `i`–`i+1` of a route, if it is one. */
function runAt(points: readonly Point[], i: number): { vertical: boolean; along: number; from: number; to: number } | undefined {
  const a = points[i]!;
  const b = points[i + 1]!;
  if (Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) >= 0.01)
    return { vertical: true, along: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) };
  if (Math.abs(a.y - b.y) < 0.01 && Math.abs(a.x - b.x) >= 0.01)
    return { vertical: false, along: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) };
  return undefined;
}

const related = (a: Route, b: Route) => a.source === b.source || a.target === b.target || a.source === b.target || a.target === b.source;

interface Segment {
  vertical: boolean;
  along: number;
  from: number;
  to: number;
}

/** The side of a grid cell (px) for finding the cards near a stretch of line. */
const CELL = 256;

function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (Math.abs(a.x - b.x) < 0.01) out.push({ vertical: true, along: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
    else if (Math.abs(a.y - b.y) < 0.01) out.push({ vertical: false, along: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
  }
  return out;
}

/**
 * Moves connections apart where two that share no card run along the same
 * line (ELK can give two long connections one column where each passes a
 * layer): one of them has the shared stretch shifted sideways by a few
 * pixels, where that passes through no card, meets no other line and keeps
 * its ends on their cards' sides.
 * Connections from or to one card may keep a common trunk. Returns new routes
 * for the connections it moved; the others are left as they are.
 *
 * @example
 * const edges = separateRuns(routes, positions);
 */
export function separateRuns(
  routes: readonly { id: string; source: string; target: string; points: readonly Point[] }[],
  positions: Readonly<Record<string, PlacedNode>>,
): Map<string, Point[]> {
  const cards = Object.values(positions);
  /** Whether an end moved along its card's border still meets that border, clear of the corners. */
  const onSide = (id: string, p: Point) => {
    const card = Object.hasOwn(positions, id) ? positions[id] : undefined;
    if (!card) return false;
    const clear = 8;
    const onX = Math.abs(p.x - card.x) < 0.5 || Math.abs(p.x - card.x - card.width) < 0.5;
    const onY = Math.abs(p.y - card.y) < 0.5 || Math.abs(p.y - card.y - card.height) < 0.5;
    const withinX = p.x >= card.x + clear && p.x <= card.x + card.width - clear;
    const withinY = p.y >= card.y + clear && p.y <= card.y + card.height - clear;
    return (onY && withinX) || (onX && withinY);
  };
  const all: Route[] = routes.map((route) => ({ ...route, points: [...route.points] }));
  const moved = new Map<string, Point[]>();
  // Cards by grid cell, so a moved stretch is tested against the cards near it only (not every card of the plan).
  const cell = (v: number) => Math.floor(v / CELL);
  // A number per cell (no strings in the hot loop): positions are bounded (LIMITS.maxCoordinate), so |gy| stays
  // far below the stride.
  const at = (gx: number, gy: number) => gx * 400_009 + gy;
  const grid = new Map<number, PlacedNode[]>();
  for (const card of cards)
    for (let gx = cell(card.x); gx <= cell(card.x + card.width); gx++)
      for (let gy = cell(card.y); gy <= cell(card.y + card.height); gy++) {
        const k = at(gx, gy);
        (grid.get(k) ?? grid.set(k, []).get(k)!).push(card);
      }
  /** Whether a stretch passes through a card near it (a card in two cells is simply tried twice). */
  const crossesACard = (a: Point, b: Point) => {
    for (let gx = cell(Math.min(a.x, b.x)); gx <= cell(Math.max(a.x, b.x)); gx++)
      for (let gy = cell(Math.min(a.y, b.y)); gy <= cell(Math.max(a.y, b.y)); gy++)
        for (const card of grid.get(at(gx, gy)) ?? []) if (crossesInterior(card, a, b)) return true;
    return false;
  };
  // Each route's axis-parallel segments by line (direction and rounded position), to find runs on one line quickly.
  // A route that moves leaves its old entries behind; `current` says which of a route's segments still stand.
  const key = (vertical: boolean, along: number) => `${vertical ? 'v' : 'h'}${Math.round(along)}`;
  const onLine = new Map<string, { route: Route; segment: Segment }[]>();
  const current = new Map<Route, Set<Segment>>();
  const index = (route: Route, list: readonly Segment[]) => {
    const mine = current.get(route) ?? current.set(route, new Set()).get(route)!;
    for (const segment of list) {
      mine.add(segment);
      const k = key(segment.vertical, segment.along);
      (onLine.get(k) ?? onLine.set(k, []).get(k)!).push({ route, segment });
    }
  };
  for (const route of all) index(route, segmentsOf(route.points));
  /** Whether a segment of this route would run along a segment of a route that shares no card with it. */
  const clashes = (route: Route, segment: Segment) => {
    for (const d of [-1, 0, 1])
      for (const { route: other, segment: s } of onLine.get(key(segment.vertical, segment.along + d)) ?? [])
        if (
          other !== route &&
          s.vertical === segment.vertical &&
          Math.abs(s.along - segment.along) <= SAME_LINE &&
          Math.min(s.to, segment.to) - Math.max(s.from, segment.from) > SHARED &&
          current.get(other)!.has(s) &&
          !related(route, other)
        )
          return true;
    return false;
  };
  for (const route of all) {
    const last = route.points.length - 1;
    for (let i = 0; i < last; i++) {
      const run = runAt(route.points, i);
      if (!run || !clashes(route, run)) continue;
      for (let t = 1; t <= TRIES * 2; t++) {
        const offset = (t % 2 === 1 ? 1 : -1) * Math.ceil(t / 2) * STEP;
        const candidate = route.points.map((p, j) =>
          j === i || j === i + 1 ? (run.vertical ? { x: p.x + offset, y: p.y } : { x: p.x, y: p.y + offset }) : p,
        );
        // An end that moves must stay on its card's side.
        if (i === 0 && !onSide(route.source, candidate[0]!)) continue;
        if (i + 1 === last && !onSide(route.target, candidate[last]!)) continue;
        const changed = [i - 1, i, i + 1].filter((j) => j >= 0 && j < last);
        if (changed.some((j) => crossesACard(candidate[j]!, candidate[j + 1]!))) continue;
        if (changed.some((j) => segmentsOf([candidate[j]!, candidate[j + 1]!]).some((segment) => clashes(route, segment)))) continue;
        route.points = candidate;
        current.get(route)!.clear();
        index(route, segmentsOf(candidate));
        moved.set(route.id, candidate);
        break;
      }
    }
  }
  return moved;
}

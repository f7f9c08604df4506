import type { Point } from './result.js';

interface Segment {
  readonly a: Point;
  readonly b: Point;
  readonly edge: number;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

const EPSILON = 1e-6;

function orientation(p: Point, q: Point, r: Point): number {
  const value = (q.y - p.y) * (r.x - q.x) - (q.x - p.x) * (r.y - q.y);
  return Math.abs(value) < EPSILON ? 0 : value > 0 ? 1 : -1;
}

/** True when two segments cross at a single point inside both (touching ends and collinear overlaps do not count). */
function properlyCross(s: Segment, t: Segment): boolean {
  const o1 = orientation(s.a, s.b, t.a);
  const o2 = orientation(s.a, s.b, t.b);
  const o3 = orientation(t.a, t.b, s.a);
  const o4 = orientation(t.a, t.b, s.b);
  return o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0 && o1 !== o2 && o3 !== o4;
}

/**
 * Counts the points where two different edges cross, given every edge as a
 * polyline. Edges that meet at a shared node, or run along each other, do not
 * count. Sort-and-sweep on x keeps it fast enough for a few thousand edges.
 *
 * @example
 * countCrossings(Object.values(result.edges));
 */
export function countCrossings(polylines: readonly (readonly Point[])[]): number {
  const segments: Segment[] = [];
  polylines.forEach((points, edge) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (a.x === b.x && a.y === b.y) continue;
      segments.push({ a, b, edge, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j]!;
      if (t.minX > s.maxX) break;
      if (t.edge === s.edge || t.minY > s.maxY || t.maxY < s.minY) continue;
      if (properlyCross(s, t)) crossings++;
    }
  }
  return crossings;
}

/** Total length of all polylines. */
export function totalLength(polylines: readonly (readonly Point[])[]): number {
  let length = 0;
  for (const points of polylines) {
    for (let i = 0; i + 1 < points.length; i++) length += Math.hypot(points[i + 1]!.x - points[i]!.x, points[i + 1]!.y - points[i]!.y);
  }
  return length;
}

import type { LayoutOptions } from './options.js';
import type { LayoutResult, PlacedNode, Point } from './result.js';
import { origin, translate } from './transform.js';

const overlaps = (a: PlacedNode, b: PlacedNode, margin: number) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * Keeps the picture in place for the people looking at it:
 * - without earlier positions, the layout starts at (0, 0);
 * - with them, the whole layout is moved so that the nodes that were already
 *   there move as little as possible on average (the best translation is the
 *   mean of their displacements);
 * - pinned nodes go back exactly where they were, their edges become straight
 *   lines, and any card that now overlaps a pinned one steps aside within its layer.
 */
export function stabilize(result: LayoutResult, options: LayoutOptions): LayoutResult {
  const previous = options.previous ?? undefined;
  const known = previous ? Object.keys(result.positions).filter((id) => Object.hasOwn(previous, id)) : [];
  if (!previous || known.length === 0) {
    const o = origin(result);
    return translate(result, -Math.round(o.x), -Math.round(o.y));
  }
  let dx = 0;
  let dy = 0;
  for (const id of known) {
    dx += previous[id]!.x - result.positions[id]!.x;
    dy += previous[id]!.y - result.positions[id]!.y;
  }
  // Whole pixels: crisp rendering, and a repeated layout lands on exactly the same numbers.
  const moved = translate(result, Math.round(dx / known.length), Math.round(dy / known.length));
  const pinned = known.filter((id) => previous[id]!.pinned);
  if (pinned.length === 0) return moved;

  const positions: Record<string, PlacedNode> = { ...moved.positions };
  const edges: Record<string, readonly Point[]> = { ...moved.edges };
  for (const id of pinned) positions[id] = { ...positions[id]!, x: previous[id]!.x, y: previous[id]!.y };
  const pinnedSet = new Set(pinned);
  const horizontal = result.direction === 'LR';
  const margin = (options.nodeSpacing ?? 40) / 2;
  for (const [id, node] of Object.entries(positions)) {
    if (pinnedSet.has(id)) continue;
    let current = node;
    // Step aside along the layer until no pinned card is in the way.
    for (let guard = 0; guard < pinned.length + 1; guard++) {
      const blocker = pinned.map((p) => positions[p]!).find((p) => overlaps(current, p, margin));
      if (!blocker) break;
      current = horizontal ? { ...current, y: blocker.y + blocker.height + margin } : { ...current, x: blocker.x + blocker.width + margin };
    }
    positions[id] = current;
  }
  return { ...moved, positions, edges: rerouteTouching(edges, positions, moved.positions) };
}

/** Edges whose end nodes moved after routing: straight from border to border. */
function rerouteTouching(
  edges: Record<string, readonly Point[]>,
  positions: Record<string, PlacedNode>,
  routedPositions: Readonly<Record<string, PlacedNode>>,
): Record<string, readonly Point[]> {
  const movedIds = new Set(
    Object.keys(positions).filter((id) => positions[id]!.x !== routedPositions[id]!.x || positions[id]!.y !== routedPositions[id]!.y),
  );
  if (movedIds.size === 0) return edges;
  const out: Record<string, readonly Point[]> = {};
  for (const [id, points] of Object.entries(edges)) {
    const first = points[0]!;
    const last = points[points.length - 1]!;
    const owner = (p: Point) => Object.keys(routedPositions).find((n) => movedIds.has(n) && onBorder(routedPositions[n]!, p));
    const startOwner = owner(first);
    const endOwner = owner(last);
    if (!startOwner && !endOwner) {
      out[id] = points;
      continue;
    }
    const shift = (p: Point, n: string | undefined) =>
      n ? { x: p.x + positions[n]!.x - routedPositions[n]!.x, y: p.y + positions[n]!.y - routedPositions[n]!.y } : p;
    out[id] = [shift(first, startOwner), shift(last, endOwner)];
  }
  return out;
}

function onBorder(box: PlacedNode, p: Point): boolean {
  const eps = 0.5;
  return p.x >= box.x - eps && p.x <= box.x + box.width + eps && p.y >= box.y - eps && p.y <= box.y + box.height + eps;
}

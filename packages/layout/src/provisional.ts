import { CHAIN_ORDER, type Document, type NodeKind, maxOf, minOf, positionOf } from '@veranderlogica/core';

/** Room a provisional card leaves beside the last card of its row, and between rows. */
const STEP = { across: 260, along: 240 };

/**
 * Where a card goes the moment it is captured, before the next auto-layout places it properly: in the row of its
 * kind, right of the cards already there; the first card of a kind goes above the others (goals, and anything
 * further up the chain) or below them (interventions, indicators, assumptions), so it starts near its layer.
 *
 * @example
 * const at = provisionalPosition(document, 'outcome');
 * captureOperations(document, 'outcome', text, at);
 */
export function provisionalPosition(document: Document, kind: NodeKind): { x: number; y: number } {
  const placed = document.layout?.positions ?? {};
  const same = document.nodes.flatMap((node) => {
    const at = node.kind === kind ? positionOf(document, node.id) : undefined;
    return at ? [at] : [];
  });
  if (same.length) return { x: maxOf(same, (p) => p.x) + STEP.across, y: Math.round(same.reduce((sum, p) => sum + p.y, 0) / same.length) };
  const all = Object.values(placed);
  if (all.length === 0) return { x: 0, y: 0 };
  // Drawn bottom to top: the top of the chain (goals) above everything, the rest below.
  const top = kind === CHAIN_ORDER[CHAIN_ORDER.length - 1];
  return {
    x: minOf(all, (p) => p.x),
    y: top ? minOf(all, (p) => p.y) - STEP.along : maxOf(all, (p) => p.y) + STEP.along,
  };
}

/** The room a card is given when looking for free space: a card's usual size and a margin around it. */
const ROOM = { width: 260, height: 120 };

/**
 * A free place for a new card near `near` (its top-left corner): where it overlaps no placed card. With `kind`,
 * the card goes in the row of its layer (the cards of its kind, else where {@link provisionalPosition} would start
 * it), at the free place closest to `near` along that row; without, it keeps `near`'s height and moves sideways
 * only as far as it must. A card added with a key or in the list so lands beside the others, not on them.
 *
 * @example
 * const at = freePosition(document, { x: 400, y: 100 }, 'intervention');
 */
export function freePosition(document: Document, near: { x: number; y: number }, kind?: NodeKind): { x: number; y: number } {
  const placed = Object.entries(document.layout?.positions ?? {});
  const known = new Set(document.nodes.map((node) => node.id));
  const boxes = placed.filter(([id]) => known.has(id)).map(([, p]) => p);
  let y = Math.round(near.y);
  if (kind) {
    const ys = document.nodes.flatMap((node) => (node.kind === kind ? (positionOf(document, node.id)?.y ?? []) : [])).sort((a, b) => a - b);
    y = ys.length ? ys[Math.floor(ys.length / 2)]! : provisionalPosition(document, kind).y;
  }
  const free = (x: number) => boxes.every((box) => Math.abs(box.x - x) >= ROOM.width || Math.abs(box.y - y) >= ROOM.height);
  const start = Math.round(near.x);
  for (let step = 0; step <= 4 * boxes.length + 4; step++) {
    const offset = Math.ceil(step / 2) * (ROOM.width / 2) * (step % 2 === 1 ? 1 : -1);
    if (free(start + offset)) return { x: start + offset, y };
  }
  return { x: start, y };
}

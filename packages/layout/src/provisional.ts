import { CHAIN_ORDER, type Document, type NodeKind, maxOf, minOf } from '@veranderlogica/core';

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
  const same = document.nodes.filter((node) => node.kind === kind && placed[node.id]).map((node) => placed[node.id]!);
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

import type { NodeKind } from './vocabulary.js';

/** How a kind looks in every rendering: the editor, SVG, Mermaid and DOT exports. */
export interface KindStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
  /** Dashed outline for things that are not part of the causal chain itself. */
  readonly dashed: boolean;
}

/**
 * One palette for all renderings. Light fills with dark text keep a contrast
 * ratio above 7:1, readable from the back of a room on a projector.
 */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  goal: { fill: '#fde68a', stroke: '#b45309', text: '#111827', dashed: false },
  outcome: { fill: '#bbf7d0', stroke: '#15803d', text: '#111827', dashed: false },
  mechanism: { fill: '#e9d5ff', stroke: '#7e22ce', text: '#111827', dashed: false },
  intervention: { fill: '#bfdbfe', stroke: '#1d4ed8', text: '#111827', dashed: false },
  indicator: { fill: '#ccfbf1', stroke: '#0f766e', text: '#111827', dashed: true },
  assumption: { fill: '#e5e7eb', stroke: '#4b5563', text: '#111827', dashed: true },
};

/** Kinds in chain order, from where change starts to where it ends. */
export const CHAIN_ORDER: readonly NodeKind[] = ['intervention', 'mechanism', 'outcome', 'goal'];

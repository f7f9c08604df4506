import type { ActorDomain, NodeKind } from './vocabulary.js';

/** How a kind looks in every rendering: the editor, SVG, Mermaid and DOT exports. */
export interface KindStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
  /** Small labels in the kind's colour (kind name, icon): dark enough for 4.5:1 contrast on `fill`. */
  readonly label: string;
  /** Dashed outline for things that are not part of the causal chain itself. */
  readonly dashed: boolean;
}

/**
 * One palette for all renderings. Light fills with dark text keep a contrast
 * ratio above 7:1, readable from the back of a room on a projector.
 */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  goal: { fill: '#fde68a', stroke: '#b45309', text: '#111827', label: '#78350f', dashed: false },
  outcome: { fill: '#bbf7d0', stroke: '#15803d', text: '#111827', label: '#14532d', dashed: false },
  mechanism: { fill: '#e9d5ff', stroke: '#7e22ce', text: '#111827', label: '#581c87', dashed: false },
  intervention: { fill: '#bfdbfe', stroke: '#1d4ed8', text: '#111827', label: '#1e3a8a', dashed: false },
  indicator: { fill: '#ccfbf1', stroke: '#0f766e', text: '#111827', label: '#134e4a', dashed: true },
  assumption: { fill: '#e5e7eb', stroke: '#4b5563', text: '#111827', label: '#374151', dashed: true },
};

/**
 * One colour per partner domain, for the network picture and legends: distinct
 * hues, each dark enough to carry a white outline on a light background.
 */
export const ACTOR_DOMAIN_COLOURS: Readonly<Record<ActorDomain, string>> = {
  government: '#b45309',
  social: '#f59e0b',
  care: '#10b981',
  safety: '#3b82f6',
  justice: '#1e3a8a',
  education: '#8b5cf6',
  'work-and-income': '#db2777',
  research: '#0e7490',
  housing: '#65a30d',
  culture: '#c026d3',
  other: '#6b7280',
};

import type { ActorDomain } from './values.js';

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

export { KIND_STYLES } from './kinds/index.js';

/**
 * One colour per partner domain, for the network picture and legends: distinct
 * hues, each dark enough to carry a white outline on a light background.
 *
 * @example
 * ACTOR_DOMAIN_COLOURS.safety; // the colour of police and Veilig Thuis, as '#rrggbb'
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

import type { Document, IndicatorNode, Measurement } from '../model/schema.js';
import { escapeXml } from '../export/escape.js';
import { INDICATOR_DIRECTION_MARKS, INDICATOR_DIRECTIONS, type IndicatorDirection, type PROGRESS_STATUSES } from '../model/vocabulary.js';
import type { Language } from '../i18n/localized.js';
import { indexDocument, reachable } from '../validate/graph-index.js';

/**
 * Where an indicator stands against its target trajectory.
 *
 * @example
 * const status: ProgressStatus = indicatorProgress(indicator).status;
 */
export type ProgressStatus = (typeof PROGRESS_STATUSES.values)[number];

/**
 * A colour per status, the same on cards, in the Indicatoren view and in reports (at least 4.5:1 on white and on the indicator card's fill, and never colour alone: each has a mark and a word).
 *
 * @example
 * const { color, mark } = PROGRESS_STYLE['off-track']; // a colour and a shape, so colour is never the only sign
 */
export const PROGRESS_STYLE: Readonly<Record<ProgressStatus, { readonly color: string; readonly mark: string }>> = {
  'on-track': { color: '#166534', mark: '●' },
  'at-risk': { color: '#92400e', mark: '▲' },
  'off-track': { color: '#991b1b', mark: '■' },
  'not-measured': { color: '#374151', mark: '○' },
  'no-target': { color: '#374151', mark: '–' },
  'no-direction': { color: '#374151', mark: '?' },
};

/**
 * An indicator's direction as every view shows it: the arrow, then the words.
 *
 * @example
 * directionLabel('decrease', 'nl'); // '↓ lager is beter'
 */
export function directionLabel(direction: IndicatorDirection, language: Language): string {
  return `${INDICATOR_DIRECTION_MARKS[direction]} ${INDICATOR_DIRECTIONS.labels[direction][language]}`;
}

/** When a measurement behind the trajectory still counts as "at risk" rather than "off track". */
export interface ProgressThresholds {
  /**
   * How far behind the trajectory a measurement may be and still be "at
   * risk", as a share of the planned change (target − baseline), or of the
   * target itself for an indicator that should stay where it is. Default 0.1.
   */
  readonly atRisk: number;
}

/**
 * The documented defaults: on or ahead of the trajectory is on track; behind it by at most 10 % of the planned change is at risk.
 *
 * @example
 * const { atRisk } = DEFAULT_PROGRESS_THRESHOLDS; // 0.1: behind by at most 10 % of the planned change
 */
export const DEFAULT_PROGRESS_THRESHOLDS: ProgressThresholds = { atRisk: 0.1 };

/**
 * The thresholds a document judges progress by: its own (`monitoring.atRisk`)
 * or the defaults.
 *
 * @example
 * indicatorProgress(indicator, progressThresholds(document));
 */
export function progressThresholds(document: Pick<Document, 'monitoring'>): ProgressThresholds {
  return { atRisk: document.monitoring?.atRisk ?? DEFAULT_PROGRESS_THRESHOLDS.atRisk };
}

/**
 * An indicator's progress: its status and the figures it was judged on.
 *
 * @example
 * const progress: IndicatorProgress = indicatorProgress(indicator);
 * console.log(PROGRESS_STATUSES.labels[progress.status].nl);
 */
export interface IndicatorProgress {
  readonly status: ProgressStatus;
  /** The latest measurement, if any. */
  readonly latest: Measurement | undefined;
  /** What the trajectory from baseline to target expects on the latest measurement's date. */
  readonly expected: number | undefined;
  /** The target the latest measurement is judged against: the first one on or after its date, else the last. */
  readonly target: Measurement | undefined;
}

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * An indicator's status against its trajectory: a straight line from the
 * baseline to the target that applies on the latest measurement's date
 * (before the baseline the baseline holds, after the target the target).
 * For `increase`, a measurement on or above the line is on track; below it by
 * at most `atRisk` × the planned change is at risk; further below is off
 * track. `decrease` mirrors that; `maintain` is on track within `atRisk` of
 * the target, at risk within twice that. Without measurements: not measured;
 * without a baseline and a target: no target; with direction `unknown` (a plan
 * migrated from format 1 without a target): no direction, never a guess.
 *
 * @example
 * indicatorProgress(indicator).status; // 'at-risk'
 */
export function indicatorProgress(
  indicator: Pick<IndicatorNode, 'baseline' | 'targets' | 'measurements' | 'direction'>,
  thresholds: ProgressThresholds = DEFAULT_PROGRESS_THRESHOLDS,
): IndicatorProgress {
  const measurements = [...indicator.measurements].sort((a, b) => day(a.date) - day(b.date));
  const latest = measurements.at(-1);
  const targets = [...indicator.targets].sort((a, b) => day(a.date) - day(b.date));
  const target = latest ? (targets.find((t) => day(t.date) >= day(latest.date)) ?? targets.at(-1)) : targets[0];
  if (!latest) return { status: 'not-measured', latest, expected: undefined, target };
  const baseline = indicator.baseline;
  if (!target || !baseline) return { status: 'no-target', latest, expected: undefined, target };
  if (indicator.direction === 'unknown') return { status: 'no-direction', latest, expected: undefined, target };
  const start = day(baseline.date);
  const end = day(target.date);
  const at = day(latest.date);
  const share = end <= start ? 1 : Math.min(1, Math.max(0, (at - start) / (end - start)));
  const expected = baseline.value + (target.value - baseline.value) * share;
  const change = Math.abs(target.value - baseline.value);
  const margin = thresholds.atRisk * (indicator.direction === 'maintain' || change === 0 ? Math.abs(target.value) || 1 : change);
  let status: ProgressStatus;
  if (indicator.direction === 'maintain') {
    const off = Math.abs(latest.value - target.value);
    status = off <= margin ? 'on-track' : off <= 2 * margin ? 'at-risk' : 'off-track';
  } else {
    // How far behind the line, in the direction the indicator should go.
    const behind = indicator.direction === 'increase' ? expected - latest.value : latest.value - expected;
    status = behind <= 1e-9 ? 'on-track' : behind <= margin + 1e-9 ? 'at-risk' : 'off-track';
  }
  return { status, latest, expected, target };
}

/**
 * A small line chart of measurements over time as SVG markup, the same in
 * the browser and in a report: the line, a dot on the latest value, and a
 * dashed line at the target when given. Plain SVG, no chart library.
 *
 * @example
 * element.innerHTML = sparklineSvg(indicator.measurements, { target: indicator.targets[0]?.value, label: indicator.title });
 */
export function sparklineSvg(
  values: readonly Measurement[],
  options: { readonly width?: number; readonly height?: number; readonly target?: number | undefined; readonly label?: string } = {},
): string {
  const width = options.width ?? 120;
  const height = options.height ?? 32;
  const points = [...values].sort((a, b) => day(a.date) - day(b.date));
  const label = escapeXml(options.label ?? '');
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">`;
  if (points.length === 0) return `${open}</svg>`;
  const numbers = points.map((p) => p.value).concat(options.target === undefined ? [] : [options.target]);
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const first = day(points[0]!.date);
  const last = day(points.at(-1)!.date);
  const pad = 3;
  const x = (date: string) => (last === first ? width / 2 : pad + ((day(date) - first) / (last - first)) * (width - 2 * pad));
  const y = (value: number) => (high === low ? height / 2 : height - pad - ((value - low) / (high - low)) * (height - 2 * pad));
  const round = (n: number) => Math.round(n * 10) / 10;
  const line = points.map((p) => `${round(x(p.date))},${round(y(p.value))}`).join(' ');
  const end = points.at(-1)!;
  const target =
    options.target === undefined
      ? ''
      : `<line x1="0" x2="${width}" y1="${round(y(options.target))}" y2="${round(y(options.target))}" stroke="#6b7280" stroke-dasharray="3 2" stroke-width="1"/>`;
  return `${open}${target}<polyline points="${line}" fill="none" stroke="#1d4ed8" stroke-width="1.5"/><circle cx="${round(x(end.date))}" cy="${round(y(end.value))}" r="2.5" fill="#1d4ed8"/></svg>`;
}

/** One indicator with its progress and where it sits in the plan, for lists, filters and reports. */
export interface PlanProgressRow {
  readonly indicator: IndicatorNode;
  readonly progress: IndicatorProgress;
  /** The goals its measured cards lead to (or that it measures). */
  readonly goals: readonly string[];
  /** Its own group, or else the groups of the cards it measures. */
  readonly groups: readonly string[];
  /** Its owner and the partners that carry the interventions it measures or that lead to what it measures. */
  readonly partners: readonly string[];
}

/**
 * Every indicator of a document with its status (judged by the document's
 * thresholds), the goals it serves, its groups and partners, in document order.
 *
 * @example
 * planProgress(document).filter((row) => row.progress.status === 'off-track');
 */
export function planProgress(document: Document): PlanProgressRow[] {
  const index = indexDocument(document);
  const thresholds = progressThresholds(document);
  const goals = document.nodes.filter((node) => node.kind === 'goal');
  return document.nodes
    .filter((node): node is IndicatorNode => node.kind === 'indicator')
    .map((indicator) => {
      const measured = (index.edgesFrom.get(indicator.id) ?? []).filter((edge) => edge.kind === 'measures').map((edge) => edge.target);
      const ahead = reachable(index, measured, 'out');
      const behind = reachable(index, measured, 'in');
      const groups = new Set<string>();
      if (indicator.group) groups.add(indicator.group);
      const partners = new Set<string>();
      if (indicator.owner) partners.add(indicator.owner);
      for (const id of measured) {
        const node = index.nodeById.get(id);
        if (node && 'group' in node && node.group && !indicator.group) groups.add(node.group);
      }
      for (const node of document.nodes) {
        if (node.kind === 'intervention' && behind.has(node.id)) for (const actor of node.actors) partners.add(actor);
      }
      return {
        indicator,
        progress: indicatorProgress(indicator, thresholds),
        goals: goals.filter((goal) => ahead.has(goal.id)).map((goal) => goal.id),
        groups: [...groups],
        partners: [...partners],
      };
    });
}

/**
 * A bullet chart as SVG markup: a bar from the baseline to the latest
 * value on a scale that holds baseline, latest and target, a tick at the
 * target, and a thin mark where the trajectory expects the indicator to be
 * now. Coloured by status. Plain SVG, no chart library.
 *
 * @example
 * element.innerHTML = progressBarSvg(indicator, indicatorProgress(indicator));
 */
export function progressBarSvg(
  indicator: Pick<IndicatorNode, 'baseline' | 'title'>,
  progress: IndicatorProgress,
  options: { readonly width?: number; readonly height?: number } = {},
): string {
  const width = options.width ?? 160;
  const height = options.height ?? 18;
  const label = escapeXml(indicator.title);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">`;
  const values = [indicator.baseline?.value, progress.latest?.value, progress.target?.value, progress.expected].filter(
    (v): v is number => v !== undefined,
  );
  if (values.length === 0) return `${open}</svg>`;
  const low = Math.min(...values, 0);
  let high = Math.max(...values);
  if (high === low) high = low + 1;
  const pad = 2;
  const x = (value: number) => Math.round((pad + ((value - low) / (high - low)) * (width - 2 * pad)) * 10) / 10;
  const color = PROGRESS_STYLE[progress.status].color;
  const parts = [`<rect x="0" y="${height / 2 - 3}" width="${width}" height="6" rx="3" fill="#e5e7eb"/>`];
  const from = indicator.baseline?.value ?? low;
  if (progress.latest) {
    const a = x(Math.min(from, progress.latest.value));
    const b = x(Math.max(from, progress.latest.value));
    parts.push(`<rect x="${a}" y="${height / 2 - 3}" width="${Math.max(2, b - a)}" height="6" rx="3" fill="${color}"/>`);
  }
  if (progress.expected !== undefined)
    parts.push(
      `<line x1="${x(progress.expected)}" x2="${x(progress.expected)}" y1="${height / 2 - 5}" y2="${height / 2 + 5}" stroke="#374151" stroke-width="1"/>`,
    );
  if (progress.target)
    parts.push(
      `<line x1="${x(progress.target.value)}" x2="${x(progress.target.value)}" y1="1" y2="${height - 1}" stroke="#111827" stroke-width="2"/>`,
    );
  return `${open}${parts.join('')}</svg>`;
}

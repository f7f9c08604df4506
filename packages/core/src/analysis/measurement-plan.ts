import type { Document, IndicatorNode, Measurement } from '../model/schema.js';
import type { Frequency, IndicatorDirection, IndicatorType, IndicatorValueType, NodeKind } from '../model/vocabulary.js';
import { indexDocument } from '../validate/graph-index.js';

/** One row of the measurement plan: an indicator and what it measures. */
export interface MeasurementPlanRow {
  readonly indicator: string;
  readonly title: string;
  readonly description: string;
  /** What it measures: the interventions, outcomes or goals it points to. */
  readonly measures: readonly { readonly id: string; readonly kind: NodeKind; readonly title: string }[];
  readonly type: IndicatorType;
  readonly valueType: IndicatorValueType;
  readonly direction: IndicatorDirection;
  readonly unit: string;
  readonly baseline: Measurement | undefined;
  /** Every target, by date. */
  readonly targets: readonly Measurement[];
  /** The last target by date: where the plan wants to end up. */
  readonly target: Measurement | undefined;
  readonly latest: Measurement | undefined;
  readonly source: string;
  readonly sourceLink: string | undefined;
  readonly frequency: Frequency;
  readonly disaggregation: readonly string[];
  readonly references: readonly string[];
  /** The group's title, when the indicator names a known group. */
  readonly group: string | undefined;
  /** Owner's partner id and name, when set. */
  readonly owner: { readonly id: string; readonly name: string } | undefined;
}

/**
 * The measurement plan: every indicator with what it measures, type,
 * baseline, target, source, frequency and owner, in document order.
 *
 * @example
 * for (const row of measurementPlan(document)) console.log(row.title, row.target?.value);
 */
export function measurementPlan(document: Document): MeasurementPlanRow[] {
  const index = indexDocument(document);
  const actorName = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const groupTitle = new Map(document.groups.map((group) => [group.id, group.title]));
  return document.nodes
    .filter((node): node is IndicatorNode => node.kind === 'indicator')
    .map((node) => {
      const measures = (index.edgesFrom.get(node.id) ?? [])
        .filter((edge) => edge.kind === 'measures')
        .map((edge) => index.nodeById.get(edge.target)!)
        .map((target) => ({ id: target.id, kind: target.kind, title: target.title }));
      const latest = [...node.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
      const targets = [...node.targets].sort((a, b) => a.date.localeCompare(b.date));
      return {
        indicator: node.id,
        title: node.title,
        description: node.description,
        measures,
        type: node.type,
        valueType: node.valueType,
        direction: node.direction,
        unit: node.unit,
        baseline: node.baseline,
        targets,
        target: targets.at(-1),
        latest,
        source: node.source,
        sourceLink: node.sourceLink,
        frequency: node.frequency,
        disaggregation: node.disaggregation,
        references: node.references,
        group: node.group === undefined ? undefined : groupTitle.get(node.group),
        owner: node.owner !== undefined ? { id: node.owner, name: actorName.get(node.owner) ?? node.owner } : undefined,
      };
    });
}

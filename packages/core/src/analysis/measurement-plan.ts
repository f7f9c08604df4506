import type { Document, IndicatorNode, Measurement } from '../model/schema.js';
import type { Frequency, IndicatorType, NodeKind } from '../model/vocabulary.js';
import { indexDocument } from '../validate/graph-index.js';

/** One row of the measurement plan: an indicator and what it measures. */
export interface MeasurementPlanRow {
  readonly indicator: string;
  readonly title: string;
  readonly description: string;
  /** What it measures: the interventions, outcomes or goals it points to. */
  readonly measures: readonly { readonly id: string; readonly kind: NodeKind; readonly title: string }[];
  readonly type: IndicatorType;
  readonly unit: string;
  readonly baseline: Measurement | undefined;
  readonly target: Measurement | undefined;
  readonly latest: Measurement | undefined;
  readonly source: string;
  readonly frequency: Frequency;
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
  return document.nodes
    .filter((node): node is IndicatorNode => node.kind === 'indicator')
    .map((node) => {
      const measures = (index.edgesFrom.get(node.id) ?? [])
        .filter((edge) => edge.kind === 'measures')
        .map((edge) => index.nodeById.get(edge.target)!)
        .map((target) => ({ id: target.id, kind: target.kind, title: target.title }));
      const latest = [...node.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
      return {
        indicator: node.id,
        title: node.title,
        description: node.description,
        measures,
        type: node.type,
        unit: node.unit,
        baseline: node.baseline,
        target: node.target,
        latest,
        source: node.source,
        frequency: node.frequency,
        owner: node.owner !== undefined ? { id: node.owner, name: actorName.get(node.owner) ?? node.owner } : undefined,
      };
    });
}

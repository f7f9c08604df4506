import type { Document } from '../model/schema.js';
import { listTemplates } from '../templates/index.js';
import { strategyPlan, ungroupedPlan, versionedPlan } from './plans.js';
import { syntheticDocument } from './synthetic.js';

/**
 * Plans nobody here tuned anything for: every template, plans shaped like
 * real ones (one goal, five to eight strategies; one without groups, on
 * another subject; one with very long titles) and synthetic graphs.
 *
 * @example
 * for (const { name, document } of corpusPlans()) expect(validate(document)).toEqual([]);
 */
export function corpusPlans(): { readonly name: string; readonly document: Document }[] {
  return [
    ...listTemplates().map((template) => ({ name: `template ${template.id}`, document: template.create() })),
    ...[1, 2, 3, 4, 5].map((seed) => ({ name: `strategy plan ${seed}`, document: strategyPlan(seed) })),
    { name: 'strategy plan with seven strategies', document: strategyPlan(6, { strategies: 7, interventions: 3 }) },
    { name: 'plan without groups', document: ungroupedPlan() },
    { name: 'plan with long titles', document: ungroupedPlan({ longTitles: true }) },
    { name: 'plan with four versions kept as changes', document: versionedPlan(4) },
    ...[60, 300].map((size) => ({ name: `synthetic ${size}`, document: syntheticDocument(size, size) })),
  ];
}

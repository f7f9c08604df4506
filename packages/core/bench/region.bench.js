// A region's benchmark: 25 municipal plans of 120 cards and a regional plan of 150, each municipal card linked to
// the region where it fits. Target (docs/performance.md), as a ratio to a peer measured in the same run, alternated
// run by run: rolling the region up (who carries what, the offer across the region, partners, indicators, what does
// not fit) ≤ 2 × parsing and validating all 26 plans.
import { parseDocument, serializeDocument, validate } from '@veranderlogica/core';
import {
  assembleRegion,
  indicatorRollup,
  regionalContributions,
  regionalCoverage,
  regionalPartners,
  regionFindings,
} from '@veranderlogica/core/region';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { median, report, round } from '../../../scripts/bench-kit.js';

const regionalBase = syntheticDocument(150, 7);
const regional = { ...regionalBase, id: 'regio', scope: { ...regionalBase.scope, level: 'region', name: 'Regio' } };
const targets = regional.nodes.filter((node) => node.kind === 'outcome' || node.kind === 'goal').map((node) => node.id);
const municipalities = Array.from({ length: 25 }, (_, m) => {
  const plan = syntheticDocument(120, 100 + m);
  return {
    ...plan,
    id: `gemeente-${m}`,
    scope: { ...plan.scope, level: 'municipality', name: `Gemeente ${m}`, population: 20_000 + m * 5_000 },
    parent: { id: regional.id },
    nodes: plan.nodes.map((node, i) => {
      const linked = node.kind === 'outcome' || node.kind === 'goal' ? { contributesTo: [targets[(i + m) % targets.length]] } : {};
      const coded = node.kind === 'indicator' ? { code: `IND-${i % 8}`, rollup: i % 2 ? 'sum' : 'weighted' } : {};
      return { ...node, ...linked, ...coded };
    }),
  };
});
const texts = [regional, ...municipalities].map((plan) => serializeDocument(plan));
const cards = municipalities.reduce((sum, plan) => sum + plan.nodes.length, 0) + regional.nodes.length;

const pairs = { floor: [], region: [] };
let sink = 0;
const read = (text) => {
  const result = parseDocument(text);
  if (!result.ok) throw new Error('a plan of the bench does not read');
  return result.document;
};
for (let i = 0; i < 23; i++) {
  const order = i % 2 === 0 ? ['floor', 'region'] : ['region', 'floor'];
  for (const which of order) {
    // The region rolls up plans read just now, outside the timing: what it works out for a plan is kept with that
    // plan, so plans it saw before would measure a lookup, not a roll-up.
    const plans = which === 'region' ? texts.map(read) : [];
    const start = performance.now();
    if (which === 'floor') {
      for (const text of texts) sink += validate(read(text)).length;
    } else {
      const region = assembleRegion(plans);
      const carried = regionalContributions(region).filter((entry) => entry.municipalities.length > 0).length;
      sink +=
        carried +
        regionalCoverage(region).cells.length +
        regionalPartners(region).length +
        indicatorRollup(region).length +
        regionFindings(region).length;
      // A bench that measures an empty region measures nothing: it fails loudly instead.
      if (region.municipalities.length !== 25 || carried === 0)
        throw new Error(
          `the bench's region is not the one it meant: ${region.municipalities.length} municipalities, ${carried} regional cards carried`,
        );
    }
    if (i >= 3) pairs[which].push(performance.now() - start);
  }
}
const base = { suite: 'region', plans: texts.length, cards, sink: sink > 0 };
report({ ...base, case: 'parse + validate every plan (peer)', median_ms: round(median(pairs.floor)) });
const ratio = median(pairs.region) / median(pairs.floor);
report({ ...base, case: 'roll the region up', median_ms: round(median(pairs.region)), ratio: round(ratio, 2), target: 2 });
if (ratio > 2) process.exitCode = 1;

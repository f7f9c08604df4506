import { describe, expect, it } from 'vitest';
import { parseDocument } from '../format/parse.js';
import { serializeDocument } from '../format/serialize.js';
import { formatFinding } from '../validate/format-finding.js';
import { validate } from '../validate/validate.js';
import { corpusPlans } from './corpus.js';
import { strategyPlan } from './plans.js';

/** Plans nobody here tuned the checks for: every template, plans shaped like real ones, and synthetic graphs. */
const corpus = corpusPlans();

/** Checks for real mistakes: a plan written with care gives none of these. */
const MISTAKES = new Set([
  'duplicate-id',
  'dangling-edge',
  'forbidden-connection',
  'self-loop',
  'causal-cycle',
  'unknown-reference',
  'duplicate-connection',
  'outcome-without-cause',
  'target-date',
  'isolated-mechanism',
  'assumption-underlies-nothing',
  'unknown-vote',
  'accountability-inverted',
  'horizon-reversed',
  'fact-without-source',
]);

describe('the corpus', () => {
  it.each(corpus)('$name round-trips through its file and has no errors', ({ document }) => {
    const again = parseDocument(serializeDocument(document));
    expect(again.ok && again.document).toEqual(document);
    expect(
      validate(document)
        .filter((f) => f.severity === 'error')
        .map((f) => formatFinding(f, 'nl')),
    ).toEqual([]);
  });

  it('strategy plans are shaped like real ones', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const plan = strategyPlan(seed);
      const strategies = plan.groups.filter((group) => !group.crossCutting);
      expect(strategies.length).toBeGreaterThanOrEqual(5);
      expect(strategies.length).toBeLessThanOrEqual(8);
      for (const strategy of strategies) {
        const count = plan.nodes.filter((n) => n.kind === 'intervention' && n.group === strategy.id).length;
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
      }
      expect(plan.edges.filter((e) => e.kind === 'underlies' && e.source === 'assumption')).toHaveLength(2);
      expect(plan.edges.filter((e) => e.kind === 'measures' && e.target === 'goal')).toHaveLength(2);
      expect(
        validate(plan)
          .filter((f) => MISTAKES.has(f.code))
          .map((f) => formatFinding(f, 'nl')),
      ).toEqual([]);
    }
  });
});

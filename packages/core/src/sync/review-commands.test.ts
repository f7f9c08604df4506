import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../edit/apply.js';
import { startReviewRound } from '../review/intents.js';
import { strategyPlan } from '../testing/plans.js';
import { SharedDocument } from './binding.js';
import { applyReviewCommand, MAX_REVIEW_ITEMS, ReviewCommandSchema, type Reviewer } from './review-commands.js';

function room() {
  let plan = strategyPlan(2);
  const partner = plan.actors[0]!.id;
  plan = applyOperation(plan, startReviewRound(plan, { title: 'Ronde', deadline: '2099-01-01', partners: [{ actor: partner }] })).document;
  const shared = new SharedDocument(new Y.Doc(), { voter: 'server' });
  shared.load(plan);
  const reviewer: Reviewer = { id: 'r-1', name: 'GGD', partner, round: plan.reviews[0]!.id, scope: 'plan' };
  return { shared, reviewer };
}

describe('review commands', () => {
  it('a link that floods the plan is stopped at its limit, saying so', () => {
    const { shared, reviewer } = room();
    for (let i = 0; i < MAX_REVIEW_ITEMS; i++)
      expect(applyReviewCommand(shared, { type: 'comment', text: `reactie ${i}` }, reviewer)).toBeUndefined();
    expect(applyReviewCommand(shared, { type: 'comment', text: 'nog een' }, reviewer)?.nl).toContain(`${MAX_REVIEW_ITEMS}`);
    expect(shared.read().comments).toHaveLength(MAX_REVIEW_ITEMS);
  });

  it('refuses a partner outside the round and a round that is gone, and reads only what the schema allows', () => {
    const { shared, reviewer } = room();
    expect(applyReviewCommand(shared, { type: 'comment', text: 'x' }, { ...reviewer, partner: 'iemand-anders' })?.en).toContain('not part');
    expect(applyReviewCommand(shared, { type: 'comment', text: 'x' }, { ...reviewer, round: 'weg' })?.en).toContain('closed');
    for (const hostile of [
      { type: 'comment', text: '   ' },
      { type: 'comment', text: 'x', about: '../../etc' },
      { type: 'comment', text: 'x', extra: true },
      { type: 'suggest', proposal: { type: 'retitle', id: 'a', title: '' } },
      { type: 'suggest', proposal: { type: 'addNode', node: { id: 'n', kind: 'goal', title: 'x' }, edges: new Array(21).fill({}) } },
    ])
      expect(ReviewCommandSchema.safeParse(hostile).success, JSON.stringify(hostile).slice(0, 60)).toBe(false);
  });
});

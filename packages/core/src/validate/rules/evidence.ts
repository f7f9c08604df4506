import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import type { Edge } from '../../model/schema.js';
import { nodeRef, type GraphIndex, type NodeRef } from '../graph-index.js';
import { defineNodeRule, defineRule } from '../rule.js';
import { Int32Block, withScratch } from '../int32-block.js';
import { blank } from '../blank.js';

// Evidence a council can check: the "because" on the links of a chain, the recognition or evidence of an
// intervention, and how sure the plan is of what a goal rests on.

/** Not reached by any walk from an intervention. */
const UNREACHED = -2;
/** An intervention: where a walk starts. */
const START = -1;

/**
 * The cards reached from every intervention along causal connections that `passes` lets through: for each card's
 * position, the connection (an index into `document.edges`) it was first reached by, `START` for an intervention,
 * `UNREACHED` otherwise (to name one chain back to its intervention). Linear in the plan's size, over the index's
 * compressed rows: no lookup by id per step.
 */
function reachedAlong(index: GraphIndex, passes?: (edge: Edge) => boolean): Int32Array {
  return walk(index, passes, new Int32Block(walkSpace(index))).via;
}

/** The working space of one {@link walk}: three arrays of one entry per card, and one mark per connection. */
function walkSpace(index: GraphIndex): number {
  return 3 * (index.causal.outOffsets.length - 1) + index.document.edges.length;
}

/**
 * Which connections `passes` lets through, one mark per connection (1: passes), asked of the connections in file
 * order: the walk below reads the marks, not the connections, which it would reach in the order of the chains, each
 * a read somewhere else in a freshly parsed plan.
 */
function passing(index: GraphIndex, passes: (edge: Edge) => boolean, block: Int32Block): Int32Array {
  const edges = index.document.edges;
  const marks = block.take(edges.length);
  for (let k = 0; k < edges.length; k++) if (passes(edges[k]!)) marks[k] = 1;
  return marks;
}

/**
 * {@link reachedAlong}, with the position each card was first reached from (`from`), to walk a chain back; its arrays
 * taken from `block` (of at least {@link walkSpace} zeroes).
 */
function walk(index: GraphIndex, passes: ((edge: Edge) => boolean) | undefined, block: Int32Block): { via: Int32Array; from: Int32Array } {
  const { outOffsets, outTargets, outEdges } = index.causal;
  const open = passes && passing(index, passes, block);
  const cards = outOffsets.length - 1;
  const via = block.take(cards).fill(UNREACHED);
  const from = block.take(cards);
  const queue = block.take(cards);
  let end = 0;
  const starts = index.positionsOfKind('intervention');
  for (let i = 0; i < starts.length; i++) {
    const position = starts[i]!;
    if (via[position] !== UNREACHED) continue;
    via[position] = START;
    queue[end++] = position;
  }
  for (let head = 0; head < end; head++) {
    const at = queue[head]!;
    for (let k = outOffsets[at]!; k < outOffsets[at + 1]!; k++) {
      const to = outTargets[k]!;
      if (via[to] !== UNREACHED || (open && !open[outEdges[k]!])) continue;
      via[to] = outEdges[k]!;
      from[to] = at;
      queue[end++] = to;
    }
  }
  return { via, from };
}

/** The card positions of the chain by which the card at `position` was first reached: its intervention first, the card last. */
function chainTo(reached: { via: Int32Array; from: Int32Array }, position: number): number[] {
  const path: number[] = [];
  for (let at = position; ; at = reached.from[at]!) {
    path.push(at);
    if (reached.via[at]! < 0) break;
  }
  return path.reverse();
}

export const chainWithoutRationale = defineRule(
  'chain-without-rationale',
  'info',
  RULE_TEXTS['chain-without-rationale'].description,
  defineMessage<{ goal: NodeRef; chain: readonly NodeRef[] }>(RULE_TEXTS['chain-without-rationale'].message),
  (index, report) =>
    // The walk's arrays are the checks' shared working space: the findings keep ids and titles, no view of them.
    withScratch(walkSpace(index), (space) => {
      const bare = walk(index, (edge) => blank(edge.rationale), new Int32Block(space));
      const goals = index.nodesOfKind('goal');
      const positions = index.positionsOfKind('goal');
      const { ids, titles } = index.causal;
      return goals.flatMap((goal, i) => {
        if (bare.via[positions[i]!]! < 0) return [];
        // Named from the cards in hand (by position), not looked up by id again.
        const chain = chainTo(bare, positions[i]!);
        return [
          report(
            chain.map((at) => ids[at]!),
            { goal: nodeRef(goal), chain: chain.map((at) => ({ title: titles[at]! })) },
          ),
        ];
      });
    }),
);

export const interventionWithoutEvidence = defineNodeRule(
  'intervention-without-evidence',
  'info',
  RULE_TEXTS['intervention-without-evidence'].description,
  'intervention',
  (node) => !node.recognition && !(node.evidence && (node.evidence.source.trim() || node.evidence.link)),
  defineMessage(RULE_TEXTS['intervention-without-evidence'].message),
);

export const goalOnLowConfidence = defineRule(
  'goal-on-low-confidence',
  'warning',
  RULE_TEXTS['goal-on-low-confidence'].description,
  defineMessage<{ node: NodeRef }>(RULE_TEXTS['goal-on-low-confidence'].message),
  (index, report) => {
    // A goal some chain reaches, but none without a link of low confidence. A plan without such a link has none.
    if (!index.document.edges.some((edge) => edge.confidence === 'low')) return [];
    const any = reachedAlong(index);
    const sure = reachedAlong(index, (edge) => edge.confidence !== 'low');
    const positions = index.positionsOfKind('goal');
    return index
      .nodesOfKind('goal')
      .filter((_goal, i) => any[positions[i]!]! >= 0 && sure[positions[i]!] === UNREACHED)
      .map((goal) => report([goal.id], { node: nodeRef(goal) }));
  },
);

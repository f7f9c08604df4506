import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { refOf, type GraphIndex, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';
import { Int32Block, withScratch } from '../int32-block.js';

/**
 * Strongly connected components of more than one node along causal edges:
 * Tarjan's algorithm, iterative so deep graphs cannot overflow the stack, on
 * integer indexes and typed arrays so it stays cheap at 10,000 nodes.
 */
function causalCycles(index: GraphIndex): string[][] {
  // The six working arrays come from the checks' shared working space: none outlives the walk.
  return withScratch(6 * index.causal.ids.length, (space) => tarjan(index, new Int32Block(space)));
}

function tarjan(index: GraphIndex, block: Int32Block): string[][] {
  const { ids, outOffsets: offsets, outTargets: targets } = index.causal;
  const n = ids.length;
  const order = block.take(n).fill(-1);
  const low = block.take(n);
  const onStack = block.take(n);
  const next = block.take(n);
  // Every card enters each stack at most once: one slot per card, no list that grows.
  const stack = block.take(n);
  let stackTop = 0;
  const work = block.take(n);
  let workTop = 0;
  const components: string[][] = [];
  let counter = 0;
  for (let start = 0; start < n; start++) {
    if (order[start] !== -1) continue;
    order[start] = low[start] = counter++;
    next[start] = offsets[start]!;
    stack[stackTop++] = start;
    onStack[start] = 1;
    work[workTop++] = start;
    while (workTop > 0) {
      const v = work[workTop - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (w === v) continue; // self-loops have their own rule
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          next[w] = offsets[w]!;
          stack[stackTop++] = w;
          onStack[w] = 1;
          work[workTop++] = w;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, order[w]!);
        }
        continue;
      }
      workTop--;
      if (workTop > 0) {
        const parent = work[workTop - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === order[v]) {
        if (stack[stackTop - 1] === v) {
          // A card on no loop (nearly all of them): no list is made for it.
          stackTop--;
          onStack[v] = 0;
          continue;
        }
        const component: string[] = [];
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          component.push(ids[w]!);
        } while (w !== v);
        components.push(component.reverse());
      }
    }
  }
  return components;
}

export const causalCycle = defineRule(
  'causal-cycle',
  'error',
  RULE_TEXTS['causal-cycle'].description,
  defineMessage<{ loop: readonly NodeRef[]; count: number }>(RULE_TEXTS['causal-cycle'].message),
  (index, report) =>
    causalCycles(index).map((ids) => {
      // Show the loop closing: follow causal edges inside the component from its first card back to it.
      const loop = closedLoop(index, ids);
      return report(ids, { loop: loop.map((id) => refOf(index, id)), count: ids.length });
    }),
);

/** A walk through a strongly connected component that ends where it started: A → B → C → A. */
function closedLoop(index: GraphIndex, component: readonly string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  // Breadth-first from the start, within the component, until an edge leads back to it.
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const edge of index.causalOut.get(id) ?? []) {
      if (edge.target === start) {
        const path = [start];
        for (let at = id; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (members.has(edge.target) && !previous.has(edge.target) && edge.target !== start) {
        previous.set(edge.target, id);
        queue.push(edge.target);
      }
    }
  }
  return [...component, start];
}

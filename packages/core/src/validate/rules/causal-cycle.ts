import { nameOf, type GraphIndex } from '../graph-index.js';
import { defineRule } from '../rule.js';

/**
 * Strongly connected components of more than one node along causal edges,
 * by Tarjan's algorithm written iteratively so deep graphs cannot overflow the stack.
 */
export function causalCycles(index: GraphIndex): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of index.nodeById.keys()) {
    if (order.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    order.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = index.causalOut.get(frame.id) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!.target;
        if (target === frame.id) continue; // self-loops have their own rule
        if (!order.has(target)) {
          order.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, order.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === order.get(frame.id)) {
        const component: string[] = [];
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          component.push(id);
        } while (id !== frame.id);
        if (component.length > 1) components.push(component.reverse());
      }
    }
  }
  return components;
}

export const causalCycle = defineRule(
  'causal-cycle',
  'error',
  {
    nl: 'De keten loopt één kant op: geen kringen van oorzaak en gevolg.',
    en: 'The chain runs one way: no cycles of cause and effect.',
  },
  (index, report) =>
    causalCycles(index).map((ids) => {
      const names = ids.map((id) => nameOf(index, id)).join(' → ');
      return report(ids, {
        nl: `Deze kaarten vormen een kring: ${names}.`,
        en: `These nodes form a cycle: ${names}.`,
      });
    }),
);

import { applyOperation, makeVersion, type Document, type IndicatorNode } from '@veranderlogica/core';
import { example } from './stories-support.js';

/** The worked example a year on: three measurements per indicator with a baseline and target, for stories. */
export function measuredExample(): Document {
  let k = 0;
  return {
    ...example,
    nodes: example.nodes.map((node) => {
      if (node.kind !== 'indicator' || !node.baseline || node.targets.length === 0) return node;
      const b = node.baseline.value;
      const t = node.targets.at(-1)!.value;
      const pace = [1.1, 0.9, 0.2][k++ % 3]!;
      const at = (share: number) => Math.round((b + (t - b) * share * pace) * 10) / 10;
      return {
        ...node,
        measurements: [
          { value: at(0.2), date: '2025-12-31' },
          { value: at(0.35), date: '2026-06-30', source: 'Monitor' },
          { value: at(0.5), date: '2026-12-31' },
        ],
      } satisfies IndicatorNode;
    }),
  };
}

/** The worked example with an adopted version, then a card renamed and a partner added. */
export function comparedExample(): { before: Document; after: Document } {
  const adopted = applyOperation(example, {
    type: 'addVersion',
    version: makeVersion(example, { id: 'v-raad', name: 'Vastgesteld door de raad, 2025', created: '2025-06-01T10:00:00.000Z' }),
  }).document;
  const card = adopted.nodes.find((node) => node.kind === 'intervention')!;
  let after = applyOperation(adopted, { type: 'updateNode', id: card.id, changes: { title: `${card.title}, vernieuwd` } }).document;
  after = applyOperation(after, {
    type: 'addActor',
    actor: { id: 'partner-bieb', name: 'Bibliotheek', domain: 'education', contact: '', offer: '' },
  }).document;
  return { before: example, after };
}
